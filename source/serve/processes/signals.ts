/**
The signals that drain the server: SIGTERM (Docker, Kubernetes, systemd), SIGINT (Ctrl+C)
and SIGHUP (the terminal that started it closed, or a supervisor's hangup). The server has no
configuration to reload, so SIGHUP does what a hangup means: stop, but let the visitors finish.
*/
export const drainSignals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
