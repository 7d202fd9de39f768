import type {Algorithms} from 'ssh2';

/**
What the server offers in its key exchange: what a current OpenSSH server would pick and
ssh-audit passes, and nothing ssh2 cannot finish. ssh2 adds `kex-strict-s-v00@openssh.com`
(strict key exchange, against the Terrapin attack) to the key exchanges itself.
*/
export const algorithms: Algorithms = {
	// Curve25519 only: the NIST curves fail ssh-audit; diffie-hellman-group-exchange is in
	// ssh2's defaults but not in its server, so a client that picked it was cut off mid-way;
	// the fixed DH groups cost the server a 2048- to 8192-bit exponentiation a connection.
	// The @libssh.org name first: with curve25519-sha256 first, the handshake of Dropbear's
	// client (2022.83), which guesses the server's first and sends its key at once, stops
	// half-way when it then gets hmac-sha2-256 (seen with ssh2 1.17, not explained). Clients
	// pick by their own order whichever comes first here.
	kex: ['curve25519-sha256@libssh.org', 'curve25519-sha256'],
	serverHostKey: ['ssh-ed25519'],
	// AES, which OpenSSL runs in hardware, and not chacha20-poly1305, whose MAC ssh2 computes
	// in WebAssembly: OpenSSH clients take the first cipher of their own list that the server
	// offers, and would take chacha20 if it were offered.
	cipher: ['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr'],
	// Encrypt-then-MAC with SHA-2 (AES-GCM needs none). hmac-sha2-256, last, as a current
	// OpenSSH server has it too: Dropbear's client (2022.83, Debian 12's) knows no ETM MAC
	// and no AES-GCM, and could not connect without it. Clients take it only if it is all
	// they know; ssh-audit warns of it (encrypt-and-MAC), and fails nothing.
	hmac: ['hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com', 'hmac-sha2-256'],
	// None: anyone may log in, so `zlib@openssh.com` (after login) would guard nothing, and
	// ssh2 inflates what a client sends with no bound on what it becomes.
	compress: ['none'],
};
