import {createServer, type Server} from 'node:http';
import type {Registry} from 'prom-client';

/** What the probes ask: whether the server takes new visitors; what the scrapes read: a registry, or one gathered for each scrape (a cluster's). */
type Health = {
	readonly ready: () => boolean;
	readonly registry: Registry;
	readonly gather?: () => Promise<Pick<Registry, 'metrics'>>;
};

/**
The HTTP side for probes and scrapes: `/healthz` (the process answers), `/readyz` (503
while draining, so a load balancer sends no one new) and `/metrics` in Prometheus' text
format. Nothing else is served.
*/
export default function createHealthServer({ready, registry, gather}: Health): Server {
	const server = createServer(async (request, response) => {
		const path = (request.url ?? '').split('?')[0];
		const reply = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
			response.writeHead(status, {'content-type': type, 'cache-control': 'no-store'});
			response.end(request.method === 'HEAD' ? undefined : body);
		};

		if (request.method !== 'GET' && request.method !== 'HEAD') {
			reply(405, 'method not allowed\n');
		} else if (path === '/healthz') {
			reply(200, 'ok\n');
		} else if (path === '/readyz') {
			const isReady = ready();
			reply(isReady ? 200 : 503, isReady ? 'ready\n' : 'draining\n');
		} else if (path === '/metrics') {
			const scraped = gather ? await gather() : registry;
			reply(200, await scraped.metrics(), registry.contentType);
		} else {
			reply(404, 'not found\n');
		}
	});
	// Probes are short; a client that holds a connection open holds nothing of ours for long.
	server.requestTimeout = 5000;
	server.headersTimeout = 5000;
	server.keepAliveTimeout = 5000;
	return server;
}
