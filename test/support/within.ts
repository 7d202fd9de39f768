/** `promise`, or a failure naming `what` once `milliseconds` have gone by without it. */
export default function within<T>(promise: Promise<T>, what: string, milliseconds = 5000): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`no ${what} after ${milliseconds} ms`)), milliseconds);
	});
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
