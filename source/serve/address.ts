/**
An address and port as a person writes them: `127.0.0.1:2222`, and an IPv6 address in
brackets, `[::1]:2222`, so that the port cannot be read as part of it.
*/
export default function formatAddress(host: string, port: number): string {
	return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
