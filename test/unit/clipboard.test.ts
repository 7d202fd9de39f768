import assert from 'node:assert/strict';
import {test} from 'node:test';
import copySequence from '../../source/terminal/clipboard.js';

test('OSC 52: the text in base64 (of its UTF-8), for the clipboard, ended by BEL', () => {
	assert.equal(copySequence('aster@example.com', 'none'), '\u001B]52;c;YXN0ZXJAZXhhbXBsZS5jb20=\u0007');
	assert.equal(copySequence('邮箱', 'none'), '\u001B]52;c;6YKu566x\u0007');
	assert.equal(copySequence('', 'none'), '\u001B]52;c;\u0007');
});

test('OSC 52 in tmux: in its passthrough, the ESC inside doubled; in screen: in a DCS', () => {
	assert.equal(
		copySequence('aster@example.com', 'tmux'),
		'\u001BPtmux;\u001B\u001B]52;c;YXN0ZXJAZXhhbXBsZS5jb20=\u0007\u001B\\',
	);
	assert.equal(
		copySequence('aster@example.com', 'screen'),
		'\u001BP\u001B]52;c;YXN0ZXJAZXhhbXBsZS5jb20=\u0007\u001B\\',
	);
});
