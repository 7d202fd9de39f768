/** Who is on the other end of a connection: the address, the client's software, the user name given. */
export type Peer = {readonly address: string; readonly software: string; readonly user: string};
