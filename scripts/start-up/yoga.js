import {readFileSync} from 'node:fs';

// Yoga's loader asks whether fetch exists; in Node 20 the question alone loads undici
// (45 ms). The answer is no for Yoga, and for Yoga only. It also decodes its WebAssembly from
// base64 with atob and a loop over every byte (milliseconds); Buffer does it natively.
const yogaDecode =
	'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c';
export const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(builder) {
		builder.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/}, ({path}) => {
			const code = readFileSync(path, 'utf8');
			if (!code.includes('typeof fetch')) {
				throw new Error(`${path}: no "typeof fetch" to answer; has Yoga's loader changed?`);
			}

			if (code.split(yogaDecode).length !== 2) {
				throw new Error(`${path}: no base64 decoding loop to replace; has Yoga's loader changed?`);
			}

			return {
				contents: code
					.replaceAll('typeof fetch', '"undefined"')
					.replace(yogaDecode, 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))'),
				loader: 'js',
			};
		});
	},
};
