import assert from 'node:assert/strict';
import {test} from 'node:test';
import findMatches from '../../source/text/find-matches.js';

const found = (text: string, query: string) => findMatches(text, query).map(({start, end}) => text.slice(start, end));

test('Latin letters match whatever their case, and the ranges are of the text as written', () => {
	assert.deepEqual(findMatches('基于 Etcd 构建', 'etcd'), [{start: 3, end: 7}]);
	assert.deepEqual(found('Built on Etcd; etcd; ETCD', 'Etcd'), ['Etcd', 'etcd', 'ETCD']);
	assert.deepEqual(found('Go RabbitMQ client, Rabbitmq', 'RabbitMQ'), ['RabbitMQ', 'Rabbitmq']);
	assert.deepEqual(found('Ärger ärger ÄRGER', 'äRGER'), ['Ärger', 'ärger', 'ÄRGER']);
});

test('a letter whose lower case is longer is left as it is: the offsets stay the text’s', () => {
	// `İ` lowers to two units; folding it would shift every offset after it.
	assert.deepEqual(findMatches('İstanbul Etcd', 'etcd'), [{start: 9, end: 13}]);
	assert.deepEqual(found('İi', 'İ'), ['İ']);
});

test('Chinese matches as written, wherever it stands', () => {
	assert.deepEqual(found('建立持续监控-反馈-迭代体系', '监控'), ['监控']);
	assert.deepEqual(findMatches('完整监控体系，链路监控', '监控'), [
		{start: 2, end: 4},
		{start: 9, end: 11},
	]);
	assert.deepEqual(findMatches('监控', '监控体系'), []);
});

test('matches do not overlap, and an empty query finds nothing', () => {
	assert.deepEqual(findMatches('aaaa', 'aa'), [
		{start: 0, end: 2},
		{start: 2, end: 4},
	]);
	assert.deepEqual(findMatches('Etcd', ''), []);
	assert.deepEqual(findMatches('', 'Etcd'), []);
});

test('the spaces around a query are not searched for, and a query of spaces finds nothing', () => {
	assert.deepEqual(findMatches('a b', ' '), []);
	assert.deepEqual(findMatches('a  b   c', '   '), []);
	assert.deepEqual(found('on Kubernetes, and kubernetes', '  kubernetes '), ['Kubernetes', 'kubernetes']);
	// Spaces inside a query are searched for as typed.
	assert.deepEqual(found('Argo CD and Argo  CD', 'argo cd'), ['Argo CD']);
});
