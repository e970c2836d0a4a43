import type { HttpStatus } from '../types';
import { official } from './define';
import { header, rfc } from './spec';

// Client errors 416-451: ranges, expectations, WebDAV locking, early data, upgrades,
// conditional writes, rate limits, header size and legal blocks.
export const ENTRIES: readonly HttpStatus[] = [
  official({
    code: 416,
    name: "Range Not Satisfiable",
    aliases: ["Requested Range Not Satisfiable"],
    fault: 'client',
    faultNote:
      "The request is technically at fault, but the usual trigger is a file that changed or shrank on the server between a partial download and its resumption, so neither side made an obvious mistake.",
    summary:
      "None of the ranges asked for in the `Range` header overlap the current representation, or the server refused an abusive set of ranges. Typically seen when a download is resumed past the end of the file.",
    meaning:
      "RFC 9110 uses 416 when the server rejects the ranges in a request's `Range` header, either because not one of them can be satisfied against the current representation or because the client asked for so many small or overlapping ranges that serving them looks like a denial-of-service attempt. For byte ranges, a range is unsatisfiable when its first byte position is at or beyond the current length; a last position past the end is simply trimmed. Unlike 206 no bytes of the resource are returned, and unlike 200 the server did not just ignore the header. Servers are free to ignore `Range` altogether, so a client cannot count on getting 416 even where it would be the most fitting answer. When it is sent for a byte range, the response should state the real size as `Content-Range: bytes */<length>` so the client can correct itself.",
    causes: [
      "A download manager or `curl -C -` resumes a file whose local partial copy is already complete, so the requested start offset equals or exceeds the remote size.",
      "The file on the server was replaced with a shorter version between the first request and the resumed one, and the client did not send `If-Range` to detect the change.",
      "An HTML `<video>` or `<audio>` player seeks to a byte offset computed from a stale `Content-Length`, for example after a CDN served an older, longer copy.",
      "nginx, Apache and most static file servers answer 416 themselves when the first byte position in `Range` is beyond the file size; Amazon S3 returns its `InvalidRange` error with 416 in the same case.",
      "A hand-built `Range` header with an off-by-one start, such as `bytes=1000-1999` for a file of exactly 1000 bytes whose last index is 999.",
      "A client sends a very large number of tiny or overlapping ranges; servers that guard against range-based DoS may refuse the whole set with 416, while others (Apache with `MaxRanges`) fall back to a full 200.",
    ],
    fixesForVisitors: [
      "Delete the partial download and start it again from the beginning, because the saved fragment no longer matches the file on the server.",
      "Reload the page that plays the video or audio so the player learns the current file size before seeking.",
      "If a download manager keeps failing on this file, switch off its resume or multi-segment option and download it in one go.",
    ],
    fixesForDevelopers: [
      "Compare the requested range with the real size: `curl -sI https://host/file | grep -i content-length`, then `curl -v -r 0-99 https://host/file -o /dev/null` to confirm that a valid range yields 206.",
      "Send `Content-Range: bytes */<current length>` on every 416 you generate, so clients can resynchronise without an extra HEAD request.",
      "On the client, send `If-Range` with the ETag or Last-Modified value from the first response, so a changed file produces a fresh 200 instead of a 416 or a corrupted splice.",
      "In a downloader, treat a 416 whose `Content-Range` length equals the local file size as \"download already complete\" rather than as a failure.",
      "Purge the CDN or cache if it holds an older variant with a different length, so the advertised `Content-Length` matches the origin.",
      "If you implement ranges yourself, reject only when the first position is at or past the length, clamp the last position to length - 1, and cap the number of ranges per request.",
    ],
    faq: [
      {
        question: "Is 416 a client or server error?",
        answer:
          "It is in the 4xx class because the requested range does not fit the resource, but it is usually caused by the resource changing under a resumed download rather than by a client bug.",
      },
      {
        question: "Why did I get 416 when resuming a download that was already finished?",
        answer:
          "Resuming asks for bytes starting at the size of the local file; if that already equals the remote size, the range begins past the last byte and cannot be satisfied. Many tools report this as an error even though the file is complete.",
      },
      {
        question: "416 vs 206: what decides which one I get?",
        answer:
          "If at least one requested range overlaps the representation, the server sends 206 with those bytes; only when none overlaps, or the set is rejected as abusive, does it send 416. A server may also ignore `Range` and return everything with 200.",
      },
      {
        question: "Does a range that runs past the end of the file cause 416?",
        answer:
          "No. A last-byte position beyond the end is trimmed to the actual end; only a start position at or past the current length makes a byte range unsatisfiable.",
      },
    ],
    spec: rfc(9110, '15.5.17'),
    headers: [
      header(
        'Content-Range',
        'SHOULD',
        "For a byte-range request, state the current length of the selected representation with an unsatisfied-range value, e.g. `Content-Range: bytes */47022`.",
        rfc(9110, '15.5.17'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 206, difference: "Sent when at least one requested range overlaps the resource; 416 means none of them did." },
      { code: 200, difference: "A server that ignores `Range` (or whose `If-Range` check fails) returns the whole representation with 200 instead of 206 or 416." },
      { code: 412, difference: "A failed `If-Match` or `If-Unmodified-Since` on a range request gives 412; 416 is only about the range itself not fitting." },
    ],
  }),
  official({
    code: 417,
    name: "Expectation Failed",
    aliases: [],
    fault: 'client',
    faultNote:
      "Although filed as a client error, 417 nearly always comes from a server or proxy that cannot cope with `Expect: 100-continue`, a header many HTTP clients add on their own without the developer asking.",
    summary:
      "A server in the chain could not honour the `Expect` header in the request. In practice it is almost always an intermediary or legacy server choking on `Expect: 100-continue`.",
    meaning:
      "417 tells the client that at least one inbound server, the origin or any proxy along the way, cannot meet the expectation given in the request's `Expect` field. The only expectation HTTP defines is `100-continue`, by which a client asks for a go-ahead before transmitting a large body; RFC 9110 §10.1.1 allows a server to answer any other, unrecognised expectation with 417. Unlike 400, the rest of the request may be perfectly fine, and resending it without the `Expect` header (or with a correct one) usually succeeds. It is the refusal side of the mechanism whose success path is 100 Continue, and it differs from a 413 or 401 sent instead of 100 to stop an upload early.",
    causes: [
      ".NET Framework's `HttpWebRequest` and `WebClient` add `Expect: 100-continue` to POST bodies by default (`ServicePointManager.Expect100Continue` is true), and some proxies and legacy servers refuse it with 417.",
      "curl adds `Expect: 100-continue` by itself to larger POST and PUT uploads, which trips the same old intermediaries for big requests only.",
      "Squid 2.x, which forwarded as HTTP/1.0, answered requests carrying `Expect: 100-continue` with 417 unless `ignore_expect_100 on` was configured.",
      "A Node.js `http.Server` automatically answers 417 when a request has an `Expect` value other than `100-continue` and no `checkExpectation` listener is attached.",
      "A client or SDK sends a custom or misspelled expectation token (for example `Expect: 100continue`) that no server in the path recognises.",
    ],
    fixesForVisitors: [
      "Browsers do not send `Expect`, so a 417 on a web page points at a broken proxy or server; try another network, for example without the office proxy.",
      "If an upload tool or desktop app reports 417, update it or look for a setting that disables the \"100-continue\" or \"expect\" handshake.",
    ],
    fixesForDevelopers: [
      "Reproduce with and without the header: `curl -v -X POST --data-binary @big.json https://host/api` shows whether curl added `Expect: 100-continue`; add `-H 'Expect:'` to suppress it and compare.",
      "In .NET, set `ServicePointManager.Expect100Continue = false` or `HttpClient.DefaultRequestHeaders.ExpectContinue = false` when the target or a proxy in between cannot handle the handshake.",
      "In PHP cURL, pass `CURLOPT_HTTPHEADER => ['Expect:']` so libcurl stops adding the header to large POSTs.",
      "In a Node.js server, listen for `checkExpectation` (and `checkContinue` for the 100-continue case) if you want to accept custom expectations instead of the built-in 417.",
      "Find the hop that produced the 417 from the response's `Via` and `Server` headers, then upgrade or reconfigure that proxy rather than patching every client.",
    ],
    faq: [
      {
        question: "Why do I get 417 only for large uploads?",
        answer:
          "Clients such as curl and .NET add `Expect: 100-continue` only when the body is big enough to justify a handshake, so small requests never carry the header that the server or proxy rejects.",
      },
      {
        question: "Is 417 Expectation Failed the client's fault?",
        answer:
          "It is filed under 4xx because it names the request's `Expect` header, but the fix is usually a server or proxy that should understand `100-continue`, or a client setting that can be switched off.",
      },
      {
        question: "What is the difference between 417 and 100 Continue?",
        answer:
          "Both answer `Expect: 100-continue`: 100 means \"go ahead and send the body\", while 417 means some server in the path cannot honour the expectation at all.",
      },
      {
        question: "Can I just remove the Expect header to avoid 417?",
        answer:
          "Yes. The request is valid without it; the only cost is that the client sends the whole body before learning whether the server will accept it.",
      },
    ],
    spec: rfc(9110, '15.5.18'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 100, difference: "The positive answer to `Expect: 100-continue`; 417 refuses to handle the expectation itself." },
      { code: 400, difference: "A generally malformed request; 417 pins the problem on the `Expect` header while the rest may be fine." },
      { code: 413, difference: "A server that does support 100-continue can reject a too-large upload with 413 before the body is sent, instead of 417." },
    ],
  }),
  official({
    code: 418,
    name: "(Unused)",
    aliases: ["I'm a teapot"],
    fault: 'client',
    faultNote:
      "There is no real client mistake behind a 418: the number is reserved, and a server that sends it chose to, as a joke or to brush off requests it dislikes.",
    summary:
      "Reserved with no meaning in HTTP: it was the \"I'm a teapot\" joke from the April Fools' RFC 2324 (1998). Many libraries still know it, but a client can only treat it as a generic 400.",
    meaning:
      "RFC 9110 §15.5.19 records that RFC 2324, an April 1 spoof of HTTP called the Hyper Text Coffee Pot Control Protocol, gave 418 to a teapot asked to brew coffee. The joke was deployed often enough that the number cannot safely be given another meaning, so the IANA registry lists it as \"(Unused)\", reserved rather than free for assignment. It has no defined semantics: by the general rule for unknown codes, a client treats it like 400 Bad Request. It is not a rate-limit, bot-block or authentication signal, even if some services use it that way. RFC 9110 adds that the number could be reassigned one day if the 4xx range ever runs out.",
    causes: [
      "An easter-egg route, such as Google's `google.com/teapot` page, deliberately answers 418.",
      "Frameworks ship a constant for it (Go's `http.StatusTeapot`, Python's `HTTPStatus.IM_A_TEAPOT` since 3.9, Node's `http.STATUS_CODES[418]`), so a developer picked it as a placeholder or a joke response.",
      "Some sites and anti-scraping layers answer 418 to requests they classify as bots, as a non-standard way of saying \"go away\".",
      "Mock servers and test suites (httpbin's `/status/418`, for example) return it to check that a client copes with unusual status codes.",
    ],
    fixesForVisitors: [
      "Nothing is broken on your side; the site is either joking or refusing traffic that looks automated. In the latter case, use a normal browser session without a scraper extension or VPN.",
      "If a real page keeps answering 418, contact the site owner: it is a deliberate choice on their end, not an outage.",
    ],
    fixesForDevelopers: [
      "Do not use 418 in a real API; pick the status that states the refusal (403 for policy, 429 for throttling, 400 for bad input) so clients and monitoring can act on it.",
      "If a third-party service answers 418, read the body and headers for the real reason and handle it in your client like a generic 400.",
      "If you are being blocked as a bot, send an honest `User-Agent`, respect `robots.txt` and slow your request rate before retrying.",
      "Keep client error handling generic for unknown 4xx codes so a 418 falls into the same path as 400 instead of hitting an unhandled `switch` branch.",
    ],
    faq: [
      {
        question: "Is 418 I'm a teapot a real HTTP status code?",
        answer:
          "It was never part of HTTP; it came from the joke RFC 2324. IANA now lists 418 as \"(Unused)\", reserved so that nobody assigns it a real meaning while the joke is still around.",
      },
      {
        question: "Why did a website return 418 to my script?",
        answer:
          "Usually because it decided the request looked automated and chose a playful refusal. The code itself has no defined meaning, so look at the response body for the actual reason.",
      },
      {
        question: "Should my API return 418?",
        answer:
          "No. It carries no standard meaning, so clients can only treat it as a vague 400 and your monitoring cannot tell what went wrong.",
      },
      {
        question: "Wasn't 418 going to be removed from Node.js and Go?",
        answer:
          "In 2017 there was a push to drop it from Node.js, Go and similar libraries. After public pushback under the name \"Save 418\", the IETF chose to reserve the number instead, and the library constants stayed.",
      },
    ],
    spec: rfc(9110, '15.5.19'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 400, difference: "The code a client falls back to for an unknown 4xx such as 418; 400 is the real answer for a bad request." },
      { code: 403, difference: "The honest choice when a server refuses a request on policy grounds, such as blocking a scraper." },
      { code: 429, difference: "The standard code for throttling automated traffic, with `Retry-After` support, instead of a joke code." },
      { code: 306, difference: "The other \"(Unused)\" entry in the registry: a 3xx number from an old HTTP draft that is likewise reserved." },
    ],
  }),
  official({
    code: 421,
    name: "Misdirected Request",
    aliases: [],
    fault: 'client',
    faultNote:
      "The client's connection reuse is allowed by the protocol; 421 usually points to a certificate, SNI or virtual-host setup on the server or CDN that does not match the hostnames the certificate advertises.",
    summary:
      "The request reached a server that cannot or will not answer authoritatively for that host, typically because an HTTP/2 or HTTP/3 connection opened for one hostname was reused for another. The client may retry on a fresh connection.",
    meaning:
      "RFC 9110 §15.5.20 defines 421 for a request sent to a server that cannot produce an authoritative response for the target URI, either because the origin is not one it is configured for or because it does not match the connection context, such as the TLS server name, the request arrived on. It grew out of HTTP/2 connection coalescing: a browser may reuse one TLS connection for every hostname the certificate covers, even when the server behind it only serves some of them. A client that receives 421 may retry over a different connection, for instance one opened just for that origin, and may do so even for non-idempotent methods. Only an origin server or a gateway acting for it sends 421; a proxy must never generate it. Unlike 404, the resource may well exist, just not behind this connection.",
    causes: [
      "A wildcard or multi-name certificate covers `a.example.com` and `b.example.com`, the browser coalesces both onto one HTTP/2 connection, but the server or CDN edge at that address only serves `a`.",
      "Apache httpd's mod_ssl answers 421 when the SNI name and the `Host` header select virtual hosts with incompatible TLS settings, logging `AH02032: Hostname ... provided via SNI and hostname ... provided via HTTP have no compatible SSL setup`.",
      "nginx with client-certificate verification (`ssl_verify_client`) refuses a request whose `Host` differs from the negotiated SNI name, so a client cannot bypass per-host certificate checks.",
      "A CDN or reverse proxy receives a `Host` it is not set up to serve on that TLS listener, for example after DNS was pointed at it before the hostname was added to the service.",
      "An `Alt-Svc` alternative endpoint (often for HTTP/3) is advertised for a hostname that the alternative server is not actually configured to handle.",
    ],
    fixesForVisitors: [
      "Reload the page; browsers normally retry a 421 on a new connection by themselves, so a second attempt often works.",
      "If it persists, close other tabs of the same site or restart the browser so the reused connection is dropped.",
    ],
    fixesForDevelopers: [
      "List the names the certificate covers: `openssl s_client -connect host:443 -servername a.example.com </dev/null | openssl x509 -noout -ext subjectAltName`, and make sure the server really serves each one.",
      "Reproduce the mismatch: `curl -v --resolve b.example.com:443:<ip> https://b.example.com/`, and `curl -v -H 'Host: b.example.com' https://a.example.com/` to see which SNI/Host combination yields 421.",
      "Either serve every hostname on the certificate from every address it resolves to, or issue separate certificates so browsers stop coalescing hosts that live on different backends.",
      "In Apache, give virtual hosts that share an IP and port compatible `SSLProtocol`, cipher and client-verification settings, or split them onto separate addresses.",
      "Ensure your HTTP client library retries a 421 once on a new connection, and that any `Alt-Svc` endpoint has the same hostnames configured as the primary server.",
    ],
    faq: [
      {
        question: "What does 421 Misdirected Request mean in plain words?",
        answer:
          "The connection your request travelled over leads to a server that does not handle that hostname; a new connection made specifically for the hostname should reach the right place.",
      },
      {
        question: "Why does 421 show up only in some browsers?",
        answer:
          "Browsers have different rules for when they reuse an HTTP/2 connection across hostnames, so only some of them end up sending a request to a backend that does not serve it.",
      },
      {
        question: "Is it safe for a client to retry a POST after 421?",
        answer:
          "Yes. RFC 9110 lets a client retry after 421 whether or not the method is idempotent, as long as it uses a different connection.",
      },
      {
        question: "421 vs 404?",
        answer:
          "404 means the server handles the host but has nothing at that path; 421 means this server, reached over this connection, is not the right one for the host at all.",
      },
    ],
    spec: rfc(9110, '15.5.20'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 404, difference: "The server is authoritative for the host but has no such resource; 421 says it is not authoritative for the host on this connection." },
      { code: 400, difference: "Some servers answer an SNI/`Host` mismatch with a plain 400; 421 tells the client a retry on another connection may succeed." },
      { code: 502, difference: "A gateway that serves the host but cannot get a valid answer from its backend sends 502, not 421." },
    ],
  }),
  official({
    code: 422,
    name: "Unprocessable Content",
    aliases: ["Unprocessable Entity"],
    fault: 'client',
    summary:
      "The server understood the request's format and could parse it, but the data inside does not make sense for the operation, typically because it failed validation. Widely used by APIs for field-level validation errors.",
    meaning:
      "Introduced by WebDAV (RFC 4918) and now part of core HTTP in RFC 9110 §15.5.21, 422 means the media type is supported, so 415 would be wrong, and the syntax is valid, so 400 is not the best fit, yet the server cannot carry out the instructions in the content. The RFC's example is well-formed XML whose instructions are semantically wrong; in JSON APIs the everyday case is a body that parses but breaks validation rules, such as a missing required field or an end date before the start date. RFC 9110 renamed it from \"Unprocessable Entity\" to \"Unprocessable Content\" to match its new terminology, without changing the meaning. The same request would fail again, so the client has to change the content before retrying. It is neither a clash with the resource's current state (409) nor a failed precondition header (412).",
    causes: [
      "FastAPI returns 422 with a `detail` array whenever the body, query or path parameters fail Pydantic validation.",
      "Laravel turns a failed `$request->validate()` into 422 with an `errors` object when the client expects JSON.",
      "Rails scaffolds re-render the form with `status: :unprocessable_entity` (`:unprocessable_content` in newer Rack) when `save` fails model validations.",
      "GitHub's REST API answers 422 \"Validation Failed\", for instance when creating a pull request with no commits between the two branches.",
      "The client sends the right `Content-Type` but a field of the wrong JSON type, e.g. `\"quantity\": \"ten\"` where an integer is expected.",
      "A business rule fails after parsing: an order quantity of 0, a coupon past its expiry date, or a password that does not satisfy the policy.",
    ],
    fixesForVisitors: [
      "Read the message next to each form field and correct the highlighted values, such as an email address without `@` or a date in the past.",
      "Fill in every required field and type numbers without units or thousands separators if the form rejects them.",
      "If the form looks right but keeps failing, reload it (a stale form may lack hidden fields) and submit again.",
    ],
    fixesForDevelopers: [
      "Print the 422 response body: frameworks list the exact failing fields there (FastAPI `detail[].loc`, Laravel `errors.<field>`, Rails `errors.full_messages`).",
      "Replay the payload you believe you sent: `curl -i -X POST https://api.example.com/items -H 'Content-Type: application/json' -d @payload.json`, then diff it against the API schema.",
      "Check types and formats, not just presence: dates in ISO 8601, numbers unquoted, enum values spelled exactly, nested objects in the expected shape.",
      "On the server, return machine-readable errors, for example RFC 9457 `application/problem+json` with an `errors` member, so clients can map each problem to a field.",
      "Decide between 400 and 422 once for the whole API, typically 400 for bodies that do not parse and 422 for parsed bodies that fail validation, and document it.",
    ],
    faq: [
      {
        question: "422 vs 400: which should my API return for validation errors?",
        answer:
          "Use 400 when the request cannot be parsed at all (broken JSON, bad framing) and 422 when it parses but the values break your rules. Either is acceptable for validation; consistency and field-level details matter more.",
      },
      {
        question: "Is 422 Unprocessable Entity the same as 422 Unprocessable Content?",
        answer:
          "Yes. RFC 9110 renamed it as part of replacing the word \"entity\" with \"content\"; the number and the meaning are unchanged, and many libraries still use the old constant name.",
      },
      {
        question: "Is 422 only for WebDAV?",
        answer:
          "Not any more. It started in the WebDAV specification, RFC 4918, but RFC 9110 moved it into core HTTP, so any API may use it.",
      },
      {
        question: "422 vs 409 Conflict?",
        answer:
          "409 means the request clashes with the resource's current state, such as a duplicate key or an edit based on an old version; 422 means the submitted content is invalid on its own terms.",
      },
    ],
    spec: rfc(9110, '15.5.21'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 400, difference: "For requests that cannot be parsed or are malformed; 422 is for well-formed content whose values cannot be processed." },
      { code: 415, difference: "The server does not accept the content's media type at all; with 422 the type is fine but the data is not." },
      { code: 409, difference: "The request conflicts with the resource's current state; 422 says the content itself is invalid." },
    ],
  }),
  official({
    code: 423,
    name: "Locked",
    aliases: [],
    fault: 'client',
    faultNote:
      "The client often did nothing wrong: another user, session or sync process holds a WebDAV lock on the resource, or the client forgot to present the lock token it already owns.",
    summary:
      "The WebDAV resource, or the destination of a move or copy, is locked and the request did not carry a valid lock token. Common with Nextcloud, ownCloud and other WebDAV file services.",
    meaning:
      "RFC 4918 §11.3 uses 423 when the source or destination resource of a method is locked. In WebDAV a client takes a lock with `LOCK`, receives a lock token, and must present that token in the `If` header on later changes; a write without the token, or from someone else, gets 423. The response should carry a precondition or postcondition element in its XML body, such as `lock-token-submitted` (a token was required but not sent) or `no-conflicting-lock` (a conflicting lock exists). It differs from 403 in being tied to a lock that will eventually be released, and from 409, which is about an inconsistent resource state rather than who holds the resource.",
    causes: [
      "Nextcloud or ownCloud reports \"423 Locked\" while a file is being edited or synced elsewhere, or when a stale lock remains in the `oc_file_locks` table after a crash.",
      "An office application opened a document over WebDAV and took an exclusive `LOCK`; a colleague, or the same user on another device, then tries to save it.",
      "A client sends `PUT`, `MOVE` or `DELETE` on a resource it locked itself but omits the `If: (<opaquelocktoken:...>)` header, so even the lock owner is refused.",
      "A `MOVE` or `COPY` targets a destination folder that someone else has locked, so the destination side of the operation is blocked.",
      "A lock with a long or infinite `Timeout` was never released because the editing client crashed or lost its network connection.",
    ],
    fixesForVisitors: [
      "Wait until the colleague or other device finishes editing and closes the file, then try again.",
      "Close the document in every app and on every device where you had it open, so their locks are released.",
      "If the lock never clears, ask the administrator to remove the stale lock for that file.",
    ],
    fixesForDevelopers: [
      "Inspect the 423 body for `<D:lock-token-submitted/>` or `<D:no-conflicting-lock/>` to tell a missing token apart from a lock held by someone else.",
      "Query the current locks: `curl -u user -X PROPFIND -H 'Depth: 0' -H 'Content-Type: application/xml' --data '<propfind xmlns=\"DAV:\"><prop><lockdiscovery/></prop></propfind>' https://dav.example.com/file.docx`.",
      "Send your lock token with every write as `If: (<opaquelocktoken:...>)`, and release it with `UNLOCK` plus the `Lock-Token` header when done.",
      "For Nextcloud, put the instance in maintenance mode and clear stale rows from `oc_file_locks`, or use Redis for `memcache.locking` so abandoned locks expire.",
      "Give locks a finite `Timeout` and refresh them while editing, so a crashed client cannot hold a file indefinitely.",
    ],
    faq: [
      {
        question: "What does \"423 Locked\" mean in Nextcloud?",
        answer:
          "Nextcloud's file locking found the file locked by another operation, often a sync or an edit in progress. If it persists with nothing running, a stale lock was left behind and an admin must clear it.",
      },
      {
        question: "423 Locked vs 409 Conflict?",
        answer:
          "423 says someone holds a lock on the resource; 409 says the request clashes with the resource's state, such as creating a collection whose parent does not exist.",
      },
      {
        question: "Can a non-WebDAV API use 423?",
        answer:
          "It is registered for general HTTP use, so an API with explicit resource locking can return it, but the body should say what holds the lock and when it may be released.",
      },
      {
        question: "How long does a WebDAV lock last?",
        answer:
          "Up to the `Timeout` granted in the LOCK response unless it is refreshed or released with UNLOCK; servers can also drop locks earlier, so clients must not assume a lock still exists.",
      },
    ],
    spec: rfc(4918, '11.3'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 409, difference: "The request conflicts with the resource's state; 423 specifically means a lock stands in the way." },
      { code: 412, difference: "A WebDAV `If` header that names a wrong or expired lock token can fail as a precondition with 412 rather than 423." },
      { code: 424, difference: "Reported for parts of a multi-resource operation that were skipped because another part, possibly a locked one, failed." },
    ],
  }),
  official({
    code: 424,
    name: "Failed Dependency",
    aliases: [],
    fault: 'client',
    faultNote:
      "The blame lies with whichever operation failed first; the item reported as 424 may be perfectly valid on its own.",
    summary:
      "This part of the request was not carried out because another action it depended on failed. Classic case: one bad property in a WebDAV PROPPATCH makes every other property in it fail with 424.",
    meaning:
      "RFC 4918 §11.4 defines 424 for a method that could not be performed on a resource because it relied on another action that failed. It usually appears inside a 207 Multi-Status body: PROPPATCH is atomic, so when one property instruction fails (say with 403 or 409), the remaining instructions in the same request are reported as 424. The code says nothing about what was wrong with the item that carries it; the real cause is the sibling entry with a different status. Some non-WebDAV APIs, such as batch endpoints with declared dependencies between steps, reuse it with the same idea.",
    causes: [
      "A WebDAV `PROPPATCH` sets several properties, one of them is protected or invalid, and the server rolls back and marks the others 424 in the 207 response.",
      "Microsoft Graph JSON batching: a request whose `dependsOn` points at a request that failed is itself answered with 424.",
      "A batch or workflow API stops after the first failing step and labels every skipped step 424.",
      "Some API designs return 424 when a call to a required downstream service failed; that stretches the WebDAV meaning, and 502 or 503 usually describes it better.",
    ],
    fixesForVisitors: [
      "Fix the part of the action the app says failed first, then retry the whole thing; the 424 items usually succeed once that error is gone.",
      "If a file manager shows 424 while saving properties or tags, change one property at a time to find the one the server rejects.",
    ],
    fixesForDevelopers: [
      "In the 207 Multi-Status body, find the `propstat` or `response` whose status is not 424 (often 403 or 409): that entry holds the real failure.",
      "Remove protected live properties such as `getetag` or `getlastmodified` from the PROPPATCH, or fix the invalid value, and resend.",
      "For Graph-style batches, look up the request named in the failed item's `dependsOn`, fix it, and resubmit the dependent requests.",
      "If your own API emits 424 for an upstream outage, consider 502 or 503 with `Retry-After` instead, which generic clients and proxies know how to handle.",
    ],
    faq: [
      {
        question: "What causes 424 Failed Dependency?",
        answer:
          "An earlier or sibling operation in the same request or batch failed and this one depended on it, so the server did not attempt it; the entry with a different error code shows the root cause.",
      },
      {
        question: "Should I return 424 when a backend service my API calls is down?",
        answer:
          "Usually not. In the spec, 424 refers to another action within the same request, not to a backend; for a failing or slow upstream, 502, 503 or 504 tell clients far more.",
      },
      {
        question: "Why do I see 424 inside a 207 response?",
        answer:
          "WebDAV reports each property or member separately inside 207 Multi-Status, and an atomic PROPPATCH marks every item that was not applied because of another failure as 424.",
      },
    ],
    spec: rfc(4918, '11.4'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 207, difference: "The Multi-Status wrapper in which 424 normally appears, next to the entry that really failed." },
      { code: 409, difference: "Often the status of the sibling that caused the 424s, for example an invalid property value." },
      { code: 502, difference: "The right code when an upstream server returned a bad response, rather than 424 for a dependency inside the request." },
    ],
  }),
  official({
    code: 425,
    name: "Too Early",
    aliases: ["Unordered Collection"],
    fault: 'client',
    faultNote:
      "Sending a request in TLS 1.3 early data is legitimate; the server is just declining to act on something an attacker could replay, and expects the client to retry once the handshake is done.",
    summary:
      "The server will not process this request yet because it arrived in TLS 1.3 early data (0-RTT), which an attacker could replay. The client should send it again after the handshake completes.",
    meaning:
      "RFC 8470 defines 425 for a server that is unwilling to risk processing a request that might be replayed. With TLS 1.3 0-RTT a returning client can send its first request before the handshake finishes, and that early data has no built-in protection against replay. The origin or a gateway in front of it answers 425 to make the client repeat the request after the handshake, and the retry must not be sent as early data again. An intermediary that forwarded a request with `Early-Data: 1` must pass the 425 back to the client rather than absorb it. A server should only send 425 when the request actually came in early data or carried `Early-Data: 1`, since other clients would not know to retry; the response is not cacheable by default.",
    causes: [
      "nginx with `ssl_early_data on` forwards 0-RTT requests with `proxy_set_header Early-Data $ssl_early_data;`, and the backend rejects state-changing requests that carry `Early-Data: 1`.",
      "A CDN with 0-RTT enabled marks requests received in early data with `Early-Data: 1`, and the origin application is coded to refuse them with 425.",
      "A browser resuming a TLS session sends a login, payment or other POST in 0-RTT, and a replay guard in the framework or gateway blocks it.",
      "A reverse proxy receives a request in early data for a route configured as replay-sensitive and answers 425 itself instead of forwarding it.",
    ],
    fixesForVisitors: [
      "Reload the page or submit the form again; browsers retry a 425 once the secure connection is fully set up, so it usually resolves itself.",
      "If it keeps happening, update the browser, since an old build with early 0-RTT support may not retry correctly.",
    ],
    fixesForDevelopers: [
      "Make your HTTP client retry a 425 automatically after the TLS handshake completes, and never resend it as early data.",
      "On nginx, pass the flag to the app with `proxy_set_header Early-Data $ssl_early_data;` and return 425 only when it is `1` and the route is unsafe to replay.",
      "Accept early data only for idempotent, side-effect-free requests such as plain GET and HEAD; defer or reject everything else.",
      "Test with OpenSSL: save a session with `openssl s_client -connect host:443 -sess_out s.pem`, then send `openssl s_client -connect host:443 -sess_in s.pem -early_data req.txt` and read the status.",
      "If you cannot judge replay safety per route, disable 0-RTT (`ssl_early_data off;` or the CDN toggle) rather than emitting 425 broadly.",
    ],
    faq: [
      {
        question: "What is TLS early data and why does it cause 425?",
        answer:
          "TLS 1.3 lets a returning client send its first request together with the handshake (0-RTT) to save a round trip, but that data can be captured and replayed, so servers may refuse risky requests with 425 until the handshake is complete.",
      },
      {
        question: "Should a client retry automatically after 425 Too Early?",
        answer:
          "Yes. RFC 8470 says user agents should retry on their own, but the retry must wait for the handshake and must not travel in early data.",
      },
      {
        question: "Why do some libraries call 425 \"Unordered Collection\"?",
        answer:
          "That label came from an old WebDAV draft that never became an RFC. The registered meaning of 425 is Too Early, defined by RFC 8470 in 2018.",
      },
      {
        question: "Is 425 a form of rate limiting?",
        answer:
          "No. It concerns the replay risk of a single request sent too early in a TLS connection; a client sending too many requests gets 429.",
      },
    ],
    spec: rfc(8470, '5.2'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 429, difference: "Throttles a client for sending too many requests; 425 defers one request because of replay risk." },
      { code: 421, difference: "Asks for a retry on a different connection because this one reaches the wrong server; 425 asks for a retry after the handshake." },
      { code: 503, difference: "The whole service is temporarily unavailable; 425 only declines this request while it is in early data." },
    ],
  }),
  official({
    code: 426,
    name: "Upgrade Required",
    aliases: [],
    fault: 'client',
    summary:
      "The server will not handle the request over the protocol the client used, but would after the client switches to one named in the `Upgrade` header. Often seen when a WebSocket-only endpoint gets a plain HTTP request.",
    meaning:
      "RFC 9110 §15.5.22 uses 426 when the server refuses to perform the request with the current protocol but might do so once the client upgrades to a different one. The response must include an `Upgrade` header naming the acceptable protocol(s) in order of preference, and because `Upgrade` only applies to one hop, HTTP/1.1 senders pair it with `Connection: upgrade`. It is the refusal counterpart of 101 Switching Protocols, where the server accepts an upgrade the client offered. Unlike 505, the issue is not the HTTP version in the request line but the protocol the server insists on for this resource, such as WebSocket or TLS. A client that cannot speak any of the offered protocols has no way forward on this resource.",
    causes: [
      "The Node.js `ws` library, when it creates its own HTTP server, answers every request that is not a WebSocket handshake with 426.",
      "A `fetch()` or `curl` call goes to a WebSocket URL over plain HTTP without the `Connection: Upgrade` and `Upgrade: websocket` handshake headers.",
      "A reverse proxy strips the hop-by-hop `Upgrade` and `Connection` headers (nginx does unless told otherwise), so the backend sees an ordinary request and replies 426.",
      "CUPS and other IPP printers set to require encryption answer plain `http://` connections with 426 and an `Upgrade: TLS/...` list, the in-band TLS upgrade of RFC 2817.",
      "A service that only wants clients on a newer protocol refuses older ones and advertises the protocol it wants in `Upgrade`.",
    ],
    fixesForVisitors: [
      "Open the site through its normal web page instead of typing the address of its live-update or socket endpoint into the address bar.",
      "For printers or local devices, switch the address to `https://` or turn on encryption for that printer in your computer's settings.",
      "Update the app or browser if it is too old to speak the protocol the server asks for.",
    ],
    fixesForDevelopers: [
      "Read the `Upgrade` header of the 426 (`curl -i https://host/socket`) to learn exactly which protocol the server wants.",
      "For WebSockets behind nginx, use `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` and `proxy_set_header Connection \"upgrade\";` so the handshake headers reach the backend.",
      "Test the handshake itself: `curl -i -N -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' http://host/socket` should return 101, not 426.",
      "When you emit 426 yourself, always include `Upgrade` (plus `Connection: upgrade` on HTTP/1.1) and a short body telling humans which protocol to use.",
      "Use a WebSocket client for socket endpoints, such as the browser `WebSocket` API or `wscat -c wss://host/socket`, rather than a plain HTTP client.",
    ],
    faq: [
      {
        question: "Why does my WebSocket endpoint return 426 when I open it in a browser tab?",
        answer:
          "Typing the URL into the address bar sends an ordinary GET without the upgrade handshake, so a WebSocket-only server refuses it; connect with a WebSocket client instead.",
      },
      {
        question: "426 vs 101 Switching Protocols?",
        answer:
          "101 means the server accepted the upgrade the client asked for and is switching now; 426 means the client did not ask, or asked for something else, and has to upgrade before the server will help.",
      },
      {
        question: "426 vs 505 HTTP Version Not Supported?",
        answer:
          "505 rejects the major HTTP version in the request line outright; 426 names, in `Upgrade`, a protocol the client can switch to on the same connection.",
      },
      {
        question: "Does a 426 response need an Upgrade header?",
        answer:
          "Yes, RFC 9110 makes it mandatory so the client knows what to upgrade to; a 426 without it leaves the client with nothing to act on.",
      },
    ],
    spec: rfc(9110, '15.5.22'),
    headers: [
      header(
        'Upgrade',
        'MUST',
        "Name the protocol(s) the client has to switch to, most preferred first, e.g. `Upgrade: websocket` or `Upgrade: HTTP/3.0`.",
        rfc(9110, '15.5.22'),
      ),
      header(
        'Connection',
        'MUST',
        "Whoever sends `Upgrade` must also list the `upgrade` option in `Connection` so intermediaries do not forward it (HTTP/1.1 only; HTTP/2 and HTTP/3 forbid connection-specific fields).",
        rfc(9110, '7.8'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 101, difference: "The server accepts an upgrade the client offered; 426 demands an upgrade the client did not make." },
      { code: 505, difference: "Rejects the HTTP major version in the request line, without offering a protocol to switch to." },
      { code: 400, difference: "A malformed WebSocket handshake (for example a missing `Sec-WebSocket-Key`) is usually rejected with 400, not 426." },
    ],
  }),
  official({
    code: 428,
    name: "Precondition Required",
    aliases: [],
    fault: 'client',
    summary:
      "The server requires this request to be conditional, typically a PUT, PATCH or DELETE carrying `If-Match`, so that nobody overwrites a change made by someone else. Fetch the resource, take its ETag and resend with it.",
    meaning:
      "RFC 6585 §3 lets an origin server insist that a request carry a precondition such as `If-Match` or `If-Unmodified-Since`. Its purpose is to prevent the lost update problem: a client reads a resource, edits it and writes it back while a third party changed it in the meantime. Where 412 Precondition Failed means a condition was sent and evaluated to false, 428 means no condition was sent at all. The response should explain how to resubmit the request successfully, and caches must not store it. Clients normally recover with a GET to obtain the current validator, followed by the same write carrying it.",
    causes: [
      "An API enforces optimistic concurrency and rejects `PUT`, `PATCH` or `DELETE` requests that arrive without `If-Match`.",
      "A hand-written `fetch` or generated client keeps the parsed response body but throws away the `ETag` header it needs to echo back.",
      "A cross-origin browser client never sees the validator because the server does not list `ETag` in `Access-Control-Expose-Headers`.",
      "A new API version made conditional writes mandatory, breaking older clients that never sent preconditions.",
      "A Postman collection or `curl` script replays a write without the `If-Match` header that the real application adds.",
    ],
    fixesForVisitors: [
      "Reload the page to get the latest version of the item, then redo your edit and save it again.",
      "If saving still fails after a reload, the app is sending incomplete requests; report it to the site owner.",
    ],
    fixesForDevelopers: [
      "Fetch first and reuse the validator: `curl -sI https://api.example.com/items/7 | grep -i etag`, then `curl -X PUT -H 'If-Match: \"<etag>\"' -H 'Content-Type: application/json' -d @item.json https://api.example.com/items/7`.",
      "Store response headers alongside the body in your client's data layer, so the ETag is at hand when the user saves.",
      "For browser clients on another origin, add `ETag` to `Access-Control-Expose-Headers` and allow `If-Match` in `Access-Control-Allow-Headers`.",
      "When you return 428, say in the body which header is required and where its value comes from, as RFC 6585 asks, and keep the response out of caches.",
      "Handle the follow-up 412 as well: when the ETag is outdated, fetch again, merge or ask the user, then retry.",
    ],
    faq: [
      {
        question: "428 vs 412: what is the difference?",
        answer:
          "428 means the request had no precondition and the server requires one; 412 means a precondition was present but evaluated to false, for example an outdated ETag in `If-Match`.",
      },
      {
        question: "How do I fix 428 Precondition Required in an API call?",
        answer:
          "GET the resource, copy its `ETag` value, and send it back in `If-Match` on the PUT, PATCH or DELETE.",
      },
      {
        question: "Can a cache store a 428 response?",
        answer:
          "No. RFC 6585 forbids caches from storing 428, since the answer depends on what this particular request left out.",
      },
      {
        question: "Why would an API force conditional requests?",
        answer:
          "To stop two clients from silently overwriting each other: with mandatory `If-Match`, the second writer gets a 412 instead of destroying the first writer's change.",
      },
    ],
    spec: rfc(6585, '3'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 412, difference: "A precondition was sent but evaluated to false; 428 means none was sent." },
      { code: 409, difference: "Some APIs report edit collisions as 409 instead of using preconditions; 428 forces the client to state which version it edited." },
      { code: 400, difference: "Generic rejection of a bad request; 428 names the specific missing piece, a conditional header." },
    ],
  }),
  official({
    code: 429,
    name: "Too Many Requests",
    aliases: [],
    fault: 'client',
    faultNote:
      "Limits are counted per key, IP address or account, so a 429 can hit you because of other users behind the same NAT, VPN exit or shared API key, not only because of your own traffic.",
    summary:
      "The client sent more requests than the server allows in a time window, so it is being rate limited. Back off, ideally for the time given in `Retry-After`, before trying again.",
    meaning:
      "RFC 6585 §4 defines 429 for a user who has sent too many requests in a given amount of time. The spec leaves it to the server how it identifies the user and counts requests, so the limit may be per IP, per API key, per account or per endpoint. The response should explain the condition and may include `Retry-After` saying how long to wait; many APIs also send vendor headers such as `X-RateLimit-Remaining`. Caches must not store a 429. It differs from 503, which reports that the service as a whole is overloaded or down, and from 403, which is a standing refusal rather than a temporary quota.",
    causes: [
      "Rate-limiting middleware such as express-rate-limit or Django REST Framework throttling (`DEFAULT_THROTTLE_RATES`) rejects a client that exceeded its window.",
      "A public API such as Stripe's or OpenAI's enforces per-key quotas and answers 429 once the allowance for the current minute or hour is used up.",
      "A retry loop without backoff turns one failure into a burst of requests, tripping the limit and making every further retry fail too.",
      "Many people share one public IP (office NAT, carrier-grade NAT, VPN exit), so an IP-based limit counts all of them together.",
      "A CDN or gateway rule, such as Cloudflare rate limiting or AWS API Gateway usage-plan throttling, blocks a client that polled or scraped too fast.",
      "Parallel CI jobs or a bulk import all use one API key and together exceed its per-key limit.",
    ],
    fixesForVisitors: [
      "Wait a minute or so before reloading; hammering refresh can extend the block.",
      "Turn off a VPN or switch networks if you hit the limit without heavy use, since others sharing your address may be consuming it.",
      "Disable extensions that auto-refresh or prefetch pages on that site.",
    ],
    fixesForDevelopers: [
      "Honour `Retry-After` (seconds or an HTTP date) and otherwise back off exponentially with jitter; never retry a 429 in a tight loop.",
      "Inspect your budget from the response headers: `curl -si https://api.example.com/v1/me -H \"Authorization: Bearer $TOKEN\" | grep -iE 'retry-after|ratelimit'`.",
      "Cut request volume: cache responses, batch calls, switch polling to webhooks, and share one rate-limited client across workers.",
      "On nginx, `limit_req` and `limit_conn` reject with 503 by default; set `limit_req_status 429;` and `limit_conn_status 429;` so clients see the right code.",
      "In ASP.NET Core's rate limiter, set `RejectionStatusCode = StatusCodes.Status429TooManyRequests`, because its default rejection status is 503.",
      "When you send 429 yourself, include `Retry-After` and a body stating the limit and when it resets.",
    ],
    faq: [
      {
        question: "How long should I wait after a 429?",
        answer:
          "Use the `Retry-After` value if there is one; otherwise start with a second or two and double the delay after each further 429, adding random jitter so many clients do not retry in lockstep.",
      },
      {
        question: "429 vs 503: which should a rate limiter return?",
        answer:
          "429 when a particular client exceeded its allowance, 503 when the server as a whole cannot take traffic. Using 503 for per-client limits hides the cause and shows up as a server error in your monitoring.",
      },
      {
        question: "Is 429 a client or server error?",
        answer:
          "A client error: the server is healthy, but this client, or the key, account or IP address it is counted under, sent too many requests.",
      },
      {
        question: "Can a 429 response be cached?",
        answer:
          "No. RFC 6585 says caches must not store 429 responses, so every retry reaches the rate limiter again.",
      },
    ],
    spec: rfc(6585, '4'),
    headers: [
      header(
        'Retry-After',
        'MAY',
        "Tell the client how long to wait before making a new request, in seconds (`Retry-After: 3600`) or as an HTTP date.",
        rfc(6585, '4'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 503, difference: "The whole service is overloaded or down; 429 throttles one client that exceeded its quota." },
      { code: 403, difference: "A lasting refusal based on permissions or policy; 429 is temporary and lifts once the window resets." },
    ],
  }),
  official({
    code: 431,
    name: "Request Header Fields Too Large",
    aliases: [],
    fault: 'client',
    faultNote:
      "The oversized headers are often the server side's own doing: cookies it set, or that sibling apps on the same domain set, pile up until the browser sends more than the server accepts.",
    summary:
      "The server refuses the request because its header section, or one header field in it, is too large. Usually caused by bloated cookies or very long tokens in `Authorization`.",
    meaning:
      "RFC 6585 §5 defines 431 for a server that is unwilling to process a request because its header fields are too large, either all of them together or a single one; in the second case the response should say which field was at fault. The client may resend after reducing the size of its headers. It is the header counterpart of 413, which is about the body, and 414, which is about the target URI. Caches must not store a 431. Many servers predate the code and report the same condition with 400, so not seeing 431 does not prove headers are within limits.",
    causes: [
      "Node.js rejects requests whose headers exceed its limit (16 KiB by default in current releases, adjustable with `--max-http-header-size` or the `maxHeaderSize` server option) with 431; Vite, Next.js and other dev servers on `localhost` run into this often.",
      "Cookies accumulate on a shared host such as `localhost` or `.example.com`: every app and analytics script adds its own until the `Cookie` header exceeds the limit.",
      "A large JWT or session token in `Authorization` or a cookie, for example one that embeds dozens of group or role claims.",
      "A proxy or client appends to a header on every hop or retry, such as an `X-Forwarded-For` chain growing inside a redirect loop.",
      "Tracing, baggage or debug headers added by several middleware layers inflate every request.",
    ],
    fixesForVisitors: [
      "Clear the cookies for this site (via the padlock or site settings in the address bar), then reload.",
      "Log out and back in, or try a private window, to start again with a small set of cookies.",
      "If you develop on `localhost`, clear its cookies too, because every local project you run shares them.",
    ],
    fixesForDevelopers: [
      "Measure the headers: use DevTools' \"Copy as cURL\" on the failing request or log the size of each incoming header to find the largest one, usually `Cookie` or `Authorization`.",
      "Raise limits only where justified and consistently along the chain: Node `--max-http-header-size=32768`, nginx `large_client_header_buffers 4 32k;`, Spring Boot `server.max-http-request-header-size=32KB`.",
      "Keep cookies small: store session data server-side with only an ID in the cookie, scope cookies with a precise `Domain` and `Path`, and expire stale ones.",
      "Slim down tokens: do not embed long group lists in JWTs; look them up on the server or use opaque reference tokens.",
      "When you reject a single oversized field with 431, name that field in the response body so the client knows what to trim.",
    ],
    faq: [
      {
        question: "How do I fix 431 Request Header Fields Too Large on localhost?",
        answer:
          "Clear the cookies for `localhost`, since every local project piles its cookies onto the same host. If the headers are legitimately large, start Node with a higher `--max-http-header-size`.",
      },
      {
        question: "Why does nginx show \"400 Request Header Or Cookie Too Large\" instead of 431?",
        answer:
          "nginx reports oversized headers as a 400 with that message rather than 431; the fix is the same, either smaller cookies or a larger `large_client_header_buffers`.",
      },
      {
        question: "431 vs 413 vs 414?",
        answer:
          "431 is about the header section, 413 about the request body, and 414 about the target URI; each is governed by a separate server limit.",
      },
      {
        question: "Is there a standard maximum size for HTTP headers?",
        answer:
          "No. HTTP sets no fixed limit, so every server picks its own, commonly somewhere between 8 and 64 KB for the whole header section.",
      },
    ],
    spec: rfc(6585, '5'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 413, difference: "The request body is too large; 431 is about the header fields." },
      { code: 414, difference: "The target URI is too long; 431 covers headers such as `Cookie` and `Authorization`." },
      { code: 400, difference: "What nginx, Tomcat and other servers often send for oversized headers instead of 431." },
    ],
  }),
  official({
    code: 451,
    name: "Unavailable For Legal Reasons",
    aliases: [],
    fault: 'client',
    faultNote:
      "Nobody made a technical mistake: the site, an ISP or a platform is blocking access because of a legal demand, and the client cannot fix that by changing the request.",
    summary:
      "Access is denied because of a legal demand such as a court order, a government block or a copyright takedown. The response should say who demanded it and under which law.",
    meaning:
      "RFC 7725 defines 451 for a server that denies access to a resource as a consequence of a legal demand. The server sending it need not be the origin: ISPs and search engines that implement blocks can use it as well. The body should explain the demand, naming who made it, the applicable law or regulation and the people and resources it covers, and the blocking entity should identify itself in a `Link` header with `rel=\"blocked-by\"`. A 451 implies neither that the resource exists nor that it does not, and unlike most 4xx codes it is cacheable by default unless cache controls say otherwise. It is a more specific alternative to 403 for legal rather than permission reasons, and its number nods to Ray Bradbury's Fahrenheit 451.",
    causes: [
      "GitHub serves 451 for repositories disabled after a DMCA takedown notice.",
      "A site geo-blocks a region to avoid a regulation; several US news sites answered EU visitors with 451 when the GDPR took effect in 2018.",
      "An ISP or national filter enforcing a court-ordered block shows its own 451 page instead of the requested site.",
      "A platform withholds a post or video in one country after a local legal complaint, while it stays visible elsewhere.",
    ],
    fixesForVisitors: [
      "Read the page: it should name the authority and the law behind the block, which tells you whether it applies to your location or to everyone.",
      "If the block is regional, the content may be reachable from elsewhere, but check whether getting around it is lawful where you are.",
      "If you think the block is a mistake, contact the site or the organisation named in the `blocked-by` link.",
    ],
    fixesForDevelopers: [
      "When emitting 451, explain in the body who made the legal demand, which law applies and to whom, and add `Link: <https://example.com/legal/notice-123>; rel=\"blocked-by\"` identifying the blocker.",
      "Work out whether a 451 comes from the origin or an intermediary by comparing `curl -i` from different networks and inspecting `Link`, `Server` and `Via`.",
      "Use 451 rather than 403 or 404 for legally required blocks, so users and transparency projects can tell censorship from permissions or missing content.",
      "Because 451 is cacheable by default, send explicit `Cache-Control` on region-specific or temporary blocks, so a shared cache does not reuse one region's 451 for users elsewhere.",
      "Log the rule and jurisdiction behind every geo-block decision so you can answer audits and user complaints.",
    ],
    faq: [
      {
        question: "Why is the code number 451?",
        answer:
          "It refers to Ray Bradbury's novel Fahrenheit 451, about a society that burns books, a fitting reference for censorship-related blocking.",
      },
      {
        question: "451 vs 403 Forbidden?",
        answer:
          "403 is a general refusal based on permissions or policy; 451 says the refusal is caused by a legal demand and should state which one.",
      },
      {
        question: "Does a 451 mean the page exists?",
        answer:
          "Not necessarily. RFC 7725 says a 451 implies neither existence nor non-existence, so the request might still fail for other reasons if the legal block were lifted.",
      },
      {
        question: "Who should appear in the blocked-by Link header?",
        answer:
          "The entity actually carrying out the block, such as the site, the host or an ISP, not the authority that ordered it; the authority belongs in the explanation in the body.",
      },
    ],
    spec: rfc(7725, '3'),
    headers: [
      header(
        'Link',
        'SHOULD',
        "Identify the entity implementing the block with a URI and `rel=\"blocked-by\"`, e.g. `Link: <https://isp.example/legal>; rel=\"blocked-by\"`.",
        rfc(7725, '4'),
      ),
    ],
    bodyAllowed: true,
    // RFC 7725 §3: "A 451 response is cacheable by default" (unless the method or cache controls say otherwise).
    cacheableByDefault: true,
    related: [
      { code: 403, difference: "A refusal based on permissions or policy; 451 attributes the refusal to a legal demand." },
      { code: 404, difference: "Says nothing is at the URL; some sites hide legal removals behind 404, whereas 451 is transparent about them." },
      { code: 410, difference: "The resource was removed on purpose and for good; 451 blocks access without saying whether the resource still exists." },
    ],
  }),
];
