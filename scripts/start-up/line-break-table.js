import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {escapeName} from './files.js';

// linebreak inflates its table of Unicode line-break classes when it loads (about 5 ms, mostly
// tiny-inflate). The build inflates it instead and writes the table itself, 16 bits a value
// (the classes and offsets are all below 2^16); the start only copies it into its array.
// Little-endian machines (nearly all) widen the values natively; others read them one by one.
const trieLoader =
	'const __trieData = (base64) => { const bytes = Buffer.from(base64, "base64"); ' +
	'if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 && bytes.byteOffset % 2 === 0) ' +
	'return new Uint32Array(new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2)); ' +
	'const data = new Uint32Array(bytes.length / 2); ' +
	'for (let index = 0; index < data.length; index++) data[index] = bytes.readUInt16LE(2 * index); return data; };\n';

export const lineBreakTableInflated = {
	name: 'line-break-table-inflated',
	setup(builder) {
		builder.onLoad({filter: /node_modules[\\/]linebreak[\\/]dist[\\/]module\.mjs$/}, ({path}) => {
			const code = readFileSync(path, 'utf8');
			const table = /^const (\S+) = (\S+)\.toByteArray\("([A-Za-z\d+/=]+)"\);\nconst (\S+) = new (\S+)\(\1\);$/m.exec(
				code,
			);
			const base64Import = table && new RegExp(`^import ${escapeName(table[2])} from "base64-js";\\n`, 'm');
			if (!table || !base64Import.test(code)) {
				throw new Error(`${path}: no line-break table read from base64 to inflate; has linebreak changed?`);
			}

			const [whole, data, base64, encoded, trie, UnicodeTrie] = table;
			const inflated = new (createRequire(path)('unicode-trie'))(Buffer.from(encoded, 'base64'));
			const values = Buffer.alloc(inflated.data.length * 2);
			for (const [index, value] of inflated.data.entries()) {
				if (value > 0xff_ff) {
					throw new Error(`${path}: a line-break table value above 16 bits; has linebreak changed?`);
				}

				values.writeUInt16LE(value, 2 * index);
			}

			const rest = code.replace(base64Import, '').replace(whole, '');
			if (rest.includes(data) || rest.includes(base64)) {
				throw new Error(`${path}: the line-break table is used elsewhere; has linebreak changed?`);
			}

			const parsed = `{data: __trieData("${values.toString('base64')}"), highStart: ${inflated.highStart}, errorValue: ${inflated.errorValue}}`;
			return {
				contents:
					trieLoader + code.replace(base64Import, '').replace(whole, `const ${trie} = new ${UnicodeTrie}(${parsed});`),
				loader: 'js',
			};
		});
	},
};
