import type { HttpStatus } from '../types';
import { official } from './define';
import { header, rfc } from './spec';

// 1xx: interim responses. None of them may carry content (RFC 9110 §15.2), none is a final answer.
export const ENTRIES: readonly HttpStatus[] = [
  official({
    code: 100,
    name: 'Continue',
    aliases: [],
    fault: 'none',
    faultNote:
      'A 100 is never an error. Trouble only appears around it: a client that sent `Expect: 100-continue` and waits for a 100 that a proxy or old server never sends, or a server that rejects the expectation with 417.',
    summary:
      'Interim go-ahead: the server has seen the request headers, has not rejected them, and invites the client to send the request body.',
    meaning:
      'RFC 9110 defines 100 as an interim answer meaning the first part of the request arrived and has not been turned down, with a final status still to come. Its main job is the `Expect: 100-continue` handshake: a client about to upload a large body sends only the headers and waits, so that a server that would refuse the upload (for example with 401, 413 or 417) can say so before megabytes are wasted. When the server answers 100, the client sends the body and then receives the real final response. A client that never asked for it can simply discard an unexpected 100. Unlike 101, the protocol on the connection does not change, and unlike 102 or 103 the point is to unblock the request body rather than to report progress or hint at the final headers.',
    causes: [
      'curl adds `Expect: 100-continue` by itself to larger POST and PUT uploads (the size threshold differs between curl versions), so verbose output shows `HTTP/1.1 100 Continue` before the final status.',
      'A Node.js `http` server with no `checkContinue` listener answers `Expect: 100-continue` with an automatic 100 before your request handler runs.',
      '.NET `HttpClient` (via `ExpectContinue`) and the AWS SDKs send the expectation on uploads such as S3 `PutObject`, so their wire logs contain a 100 before the 200.',
      'Go `net/http` and nginx send 100 Continue the moment the handler or proxy module starts reading a request body that carried the expectation.',
      'A reverse proxy that itself added `Expect: 100-continue` to the upstream request swallows the resulting 100, which RFC 9110 allows; other proxies must forward the 100 to the client.',
    ],
    fixesForVisitors: [
      'Nothing to do: a 100 in a log or a network trace is the normal midway signal of an upload, and the final status comes right after it.',
      'If an upload stalls right after the headers are sent, retry on another network; some old corporate proxies mishandle the `Expect: 100-continue` handshake.',
    ],
    fixesForDevelopers: [
      'Run `curl -v -T bigfile https://host/upload` and look for `< HTTP/1.1 100 Continue` followed by the final status to confirm the handshake works end to end.',
      'If a client hangs about a second before uploading, the server ignored the expectation; curl waits (see `--expect100-timeout`), and sending `-H "Expect:"` removes the header entirely.',
      'To reject uploads early, validate auth and `Content-Length` before reading the body: in Node handle the `checkContinue` event and reply 401 or 413 instead of calling `res.writeContinue()`.',
      'Answer 417 Expectation Failed only for expectations you do not understand; a server that cannot honour `100-continue` may also just read the body and send the final status.',
      'Never send 100 (or any 1xx) to an HTTP/1.0 client: RFC 9110 §15.2 forbids it, and such clients cannot parse interim responses.',
    ],
    faq: [
      {
        question: 'Is 100 Continue the final response to my request?',
        answer:
          'No. It is interim; the same request always ends with exactly one final status (2xx to 5xx) sent after the body has been received and processed.',
      },
      {
        question: 'Why does curl wait one second before sending my POST body?',
        answer:
          'curl sent `Expect: 100-continue` and is waiting for a 100 that the server does not send. After its timeout it sends the body anyway; pass `-H "Expect:"` to skip the wait.',
      },
      {
        question: 'Can a 100 Continue response have a body?',
        answer:
          'No. Like every 1xx, it ends with its header section and cannot carry content or trailers.',
      },
      {
        question: 'What is the difference between 100 Continue and 417 Expectation Failed?',
        answer:
          '100 accepts the `Expect: 100-continue` request and asks for the body; 417 says the server cannot meet the expectation at all, so the client should retry without the `Expect` header.',
      },
    ],
    spec: rfc(9110, '15.2.1'),
    headers: [],
    bodyAllowed: false,
    cacheableByDefault: false,
    related: [
      { code: 417, difference: '417 refuses the `Expect` header outright, where 100 grants the `100-continue` expectation.' },
      { code: 413, difference: '413 is the typical early rejection a server sends instead of 100 when the announced body is too large.' },
      { code: 102, difference: '102 reports that a fully received request is still being worked on; 100 asks for the rest of the request.' },
    ],
  }),
  official({
    code: 101,
    name: 'Switching Protocols',
    aliases: [],
    fault: 'none',
    summary:
      'The server accepts the client\'s `Upgrade` request and, right after this response, the connection speaks a different protocol, most often WebSocket.',
    meaning:
      'A 101 tells the client that the server understood the `Upgrade` header and is willing to change the application protocol used on this very connection. RFC 9110 requires the server to name in its own `Upgrade` header the protocol(s) that take effect once the 101 ends, and the bytes that follow are no longer HTTP/1.1 messages. In practice almost every 101 is the WebSocket opening handshake defined in RFC 6455, followed by WebSocket frames. The upgrade mechanism exists only in HTTP/1.1: HTTP/2 and HTTP/3 forbid the `Upgrade` header and bootstrap WebSockets with an extended CONNECT instead (RFC 8441, RFC 9220). Unlike 100 or 103, a 101 is the last HTTP response on that connection.',
    causes: [
      'A browser `new WebSocket("wss://...")` call sends `Upgrade: websocket` with `Connection: Upgrade`, and a server such as the Node `ws` library, Socket.IO or Spring WebSocket answers 101 with `Sec-WebSocket-Accept`.',
      'Browser DevTools show a WebSocket entry as "101 Switching Protocols" in the Network tab; the frames are then listed under its Messages tab.',
      'An HTTP/1.1 client asking for cleartext HTTP/2 with `Upgrade: h2c` gets 101 from servers that still support that upgrade, even though RFC 9113 deprecated it.',
      'Development servers with hot reload (Vite, webpack-dev-server, Next.js) open a WebSocket to push changes, so a 101 appears on every page load in development.',
    ],
    fixesForVisitors: [
      'Nothing to fix: 101 is how live features (chat, notifications, live reload) open their connection.',
      'If a live feature keeps reconnecting, try another network or disable a VPN or filtering proxy, because some of them cut long-lived upgraded connections.',
    ],
    fixesForDevelopers: [
      'Behind nginx, forward the handshake with `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` and `proxy_set_header Connection "upgrade";`, otherwise the upstream never sees the upgrade and the browser gets 200 or 400 instead of 101.',
      'Raise proxy idle timeouts (nginx `proxy_read_timeout`, AWS ALB idle timeout) or send ping frames, since upgraded connections are often closed after 60 seconds of silence.',
      'Test the handshake with `curl -i -N -H "Connection: Upgrade" -H "Upgrade: websocket" -H "Sec-WebSocket-Version: 13" -H "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==" https://host/socket` and check for 101 plus `Sec-WebSocket-Accept`.',
      'When writing a raw server, send `Upgrade` naming the new protocol and `Connection: upgrade` in the 101, then stop writing HTTP on that socket.',
      'If the browser reports "Unexpected response code: 200", a catch-all route or an SPA fallback served the socket path as a normal page; exclude that path from the fallback.',
    ],
    faq: [
      {
        question: 'Why does my WebSocket fail with 400 or 200 instead of 101?',
        answer:
          'Something between browser and app dropped the `Upgrade` and `Connection` headers (often a proxy speaking HTTP/1.0 or HTTP/2 upstream) or routed the path to a normal page handler.',
      },
      {
        question: 'Can HTTP/2 respond with 101 Switching Protocols?',
        answer:
          'No. HTTP/2 and HTTP/3 do not support the `Upgrade` mechanism; WebSockets over them use the extended CONNECT method from RFC 8441 and RFC 9220, which succeeds with a 200.',
      },
      {
        question: 'Is a 101 response followed by another HTTP status?',
        answer:
          'No. Once the 101 header section ends, the connection carries the new protocol, so the 101 is the final HTTP exchange on that connection.',
      },
    ],
    spec: rfc(9110, '15.2.2'),
    headers: [
      header(
        'Upgrade',
        'MUST',
        'Name the protocol(s) in effect after the 101, e.g. `Upgrade: websocket`.',
        rfc(9110, '15.2.2'),
      ),
      header(
        'Connection',
        'MUST',
        'Any message that sends `Upgrade` must also list the `upgrade` option in `Connection`, so intermediaries do not forward it.',
        rfc(9110, '7.8'),
      ),
    ],
    bodyAllowed: false,
    cacheableByDefault: false,
    related: [
      { code: 426, difference: '426 demands that the client upgrade before it will be served; 101 confirms an upgrade the client asked for.' },
      { code: 200, difference: 'A WebSocket over HTTP/2 opens with an extended CONNECT answered by 200, not by 101.' },
      { code: 100, difference: '100 keeps the connection on HTTP and asks for the request body; 101 hands the connection to another protocol.' },
    ],
  }),
  official({
    code: 102,
    name: 'Processing',
    aliases: [],
    fault: 'none',
    summary:
      'WebDAV interim notice that the server has the whole request and is still working on it, sent so the client does not give up on a slow operation.',
    meaning:
      'RFC 2518, the first WebDAV specification, defined 102 as an interim response telling the client that the complete request was accepted but processing has not finished. It was meant for methods that can run for a long time, such as COPY, MOVE or DELETE on large collections; the RFC suggests sending it when a method is taking longer than about 20 seconds, and the server must still send a final response later. RFC 4918, which replaced RFC 2518, no longer defines 102, but the IANA registry keeps it registered with RFC 2518 as the reference. It differs from 100, which asks for the request body, and from 202, which is a final answer that the work will continue after the connection closes.',
    causes: [
      'A WebDAV server is copying, moving or deleting a large collection and emits 102 to keep the client from timing out.',
      'A Node.js handler calls `res.writeProcessing()` during a long computation to send a 102 before the final status.',
      'An API borrows 102 as a keep-alive for a slow synchronous endpoint, for example a report build, instead of switching to an asynchronous 202 design.',
      'A client library logs every interim response, so 102 shows up in traces that only ever show the final status elsewhere.',
    ],
    fixesForVisitors: [
      'Nothing to do: 102 only means the server is still busy with your request; wait for the final result.',
      'If a large file-manager operation seems stuck after 102 notices, let it finish instead of retrying, because a second COPY or MOVE can collide with the first.',
    ],
    fixesForDevelopers: [
      'Do not rely on 102 for new APIs: many clients, proxies and HTTP/2 libraries drop or mishandle it; prefer 202 Accepted with a status URL for work longer than a request timeout.',
      'Never send 102 to an HTTP/1.0 client, and still send exactly one final status after any number of 102 responses.',
      'If a load balancer cuts the request anyway, remember that interim responses do not always reset idle timers; raise the timeout (nginx `proxy_read_timeout`, ALB idle timeout) for that route.',
      'Check with `curl -v` that your client library surfaces or at least discards the `HTTP/1.1 102 Processing` line without treating it as the final answer.',
    ],
    faq: [
      {
        question: 'Is 102 Processing deprecated?',
        answer:
          'RFC 4918 removed it from WebDAV, but it is still registered at IANA with RFC 2518 as its definition, and some servers still send it; treat it as legacy.',
      },
      {
        question: 'Should my API return 102 or 202 for a slow job?',
        answer:
          'Use 202: it is a final response, works through every proxy, and can point to a status resource. A 102 keeps the client connection open for the whole duration.',
      },
      {
        question: 'Does a client have to understand 102 Processing?',
        answer:
          'Every HTTP/1.1 client must be able to parse and skip unexpected 1xx responses, so a conforming client simply ignores 102 and keeps waiting for the final status.',
      },
    ],
    spec: rfc(2518, '10.1'),
    headers: [],
    bodyAllowed: false,
    cacheableByDefault: false,
    related: [
      { code: 202, difference: '202 is a final response that hands the work to the background; 102 keeps the same request open until it is done.' },
      { code: 100, difference: '100 is sent before the body is read to invite it; 102 is sent after the full request has arrived.' },
      { code: 207, difference: '207 is the WebDAV final response that often follows a long COPY or MOVE that was kept alive with 102.' },
    ],
  }),
  official({
    code: 103,
    name: 'Early Hints',
    aliases: [],
    fault: 'none',
    summary:
      'An interim response carrying header hints, typically `Link: rel=preload` or `rel=preconnect`, so the browser can fetch assets while the server is still building the real response.',
    meaning:
      'RFC 8297 defines 103 as an informational response announcing header fields that the server expects the final response to carry. Browsers use it to start preloading stylesheets, scripts or fonts, or to open connections to other origins, during the "server think time" before the HTML arrives. The hints do not replace the final response headers and must not change how that response is processed; a server may send several 103s and may hint only part of what the final response will contain. Browsers act only on a subset of headers (mainly `Link` with preload or preconnect), and Chrome honours 103 only over HTTP/2 and HTTP/3. Unlike 100, it is not tied to any request header; unlike 200 it never carries content.',
    causes: [
      'A CDN feature such as Cloudflare Early Hints caches the `Link` headers from earlier responses and replays them as a 103 while the origin is still working.',
      'A Node.js server calls `res.writeEarlyHints({ link: "</app.css>; rel=preload; as=style" })` before rendering the page.',
      'Rails `request.send_early_hints` on Puma with early hints enabled, or Apache `mod_http2` with `H2EarlyHints on`, emits 103 for preloaded assets.',
      'A Go handler sets `Link` on the header map and calls `w.WriteHeader(http.StatusEarlyHints)` before writing the final status.',
    ],
    fixesForVisitors: [
      'Nothing to fix: 103 is a speed optimisation and the page loads normally whether or not your browser uses it.',
      'If a page breaks only on one old browser or app, updating it helps, because a few old HTTP/1.1 clients took the 103 for the final response.',
    ],
    fixesForDevelopers: [
      'Send 103 only over HTTP/2 or HTTP/3, or to clients known to handle informational responses, because some HTTP/1.1 clients confuse it with the final response (RFC 8297 security considerations).',
      'Hint only assets that the final page really uses; Chrome DevTools warns about preloaded resources that are not used within a few seconds of load.',
      'Keep the same `Link` headers on the final 200 as well, since intermediaries may drop the 103 entirely.',
      'Verify with `curl -v --http2 https://host/` that `< HTTP/2 103` with `link:` lines appears before the final `< HTTP/2 200`.',
      'Do not put cookies, `Content-Length` or caching headers in a 103; clients must not treat its headers as metadata about anything, and only hints are useful.',
    ],
    faq: [
      {
        question: 'Is 103 Early Hints the same as HTTP/2 server push?',
        answer:
          'No. Push sends the asset itself and was removed from Chrome; 103 only tells the browser what to fetch, so the browser still uses its cache and its own request priorities.',
      },
      {
        question: 'Which headers in a 103 do browsers actually use?',
        answer:
          'Mainly `Link` with `rel=preload` and `rel=preconnect`; browsers also respect a `Content-Security-Policy` in the 103 when deciding whether to act on those hints.',
      },
      {
        question: 'Does the final response still need the Link headers sent in 103?',
        answer:
          'It should repeat them: the hints are only advisory, and a proxy or a client that ignores 103 will only see what the final response carries.',
      },
    ],
    spec: rfc(8297, '2'),
    headers: [],
    bodyAllowed: false,
    cacheableByDefault: false,
    related: [
      { code: 200, difference: 'The 200 that follows is the authoritative response; the headers in 103 are only guesses about it.' },
      { code: 100, difference: '100 answers an `Expect` request header and unblocks the request body; 103 needs no request header and speeds up the response side.' },
      { code: 102, difference: '102 only signals that work is ongoing, while 103 carries useful header hints.' },
    ],
  }),
];
