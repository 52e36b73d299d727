// Integration tests drive real services (a worker process, SMTP retries); Jest's 5 s default is
// for unit tests. testTimeout cannot be set per project, hence this setup file.
jest.setTimeout(120_000);
