// Runs README.md's TypeScript client against a server on loopback. The Go
// test writes README's code as readme_client.ts, its address replaced by
// 127.0.0.1 and the port in FTP_PORT, which this program sets once its
// server listens on a port the system chooses. The server greets the client
// with "150 ok\r226 done\r\n", one reply whose text holds a bare CR, and
// answers its PWD with README's own sendPathname; the client prints what it
// reads, which the Go test compares. Anything else goes to standard error.

import { createServer } from "node:net";
import type { Socket } from "node:net";

const path = '/srv/my "quoted" dir';

// A broken client fails the test rather than hang it.
setTimeout(() => {
  console.error("the client did not finish within 60 s");
  process.exit(1);
}, 60_000).unref();

let readme: { sendPathname(socket: Socket, path: string): void } | undefined;

const server = createServer((socket) => {
  const decoder = new TextDecoder();
  let command = "";
  socket.on("error", (err) => console.error(`server: ${err.message}`));
  socket.on("end", () => {
    socket.end();
    server.close();
  });
  socket.on("data", (chunk) => {
    command += decoder.decode(chunk);
    if (!command.endsWith("\n") && command.length < 512) {
      return;
    }
    if (command !== "PWD\r\n" || readme === undefined) {
      console.error(`the client sent ${JSON.stringify(command)}, not PWD`);
      socket.destroy();
      server.close();
      return;
    }
    readme.sendPathname(socket, path);
  });
  socket.write("150 ok\r226 done\r\n");
});

server.listen(0, "127.0.0.1", () => {
  process.env["FTP_PORT"] = String(server.address().port);
  import("./readme_client.js").then(
    (m) => {
      readme = m;
    },
    (err: unknown) => console.error(`the client: ${String(err)}`),
  );
});
