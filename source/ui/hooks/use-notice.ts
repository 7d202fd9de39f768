import {useEffect, useState} from 'react';

/** How long a notice stays in the footer. */
const noticeMilliseconds = 3000;

/**
A notice for the footer that goes by itself after a moment: what it is now (undefined when
there is none), and what shows one. Showing one again starts its moment again.
*/
export default function useNotice<T>(): [T | undefined, (notice: T) => void] {
	const [shown, setShown] = useState<{readonly notice: T} | undefined>(undefined);
	useEffect(() => {
		if (shown === undefined) {
			return undefined;
		}

		const timer = setTimeout(() => setShown(undefined), noticeMilliseconds);
		return () => clearTimeout(timer);
	}, [shown]);
	return [shown?.notice, (notice) => setShown({notice})];
}
