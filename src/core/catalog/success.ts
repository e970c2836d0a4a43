import type { HttpStatus } from '../types';
import { official } from './define';
import { header, rfc } from './spec';

// 2xx: the request was received, understood and accepted. Each code says what kind of success.
export const ENTRIES: readonly HttpStatus[] = [
  official({
    code: 200,
    name: 'OK',
    aliases: [],
    fault: 'none',
    faultNote:
      'A 200 can still hide a failure: an SPA fallback that serves `index.html` for unknown paths (a "soft 404"), or an API that wraps errors in a 200 body, is a server-side design bug even though the status says success.',
    summary:
      'The request succeeded, and the content is whatever that method produces: the resource for GET, the result of the action for POST, and so on.',
    meaning:
      'A 200 is the generic success answer, and RFC 9110 ties the meaning of its content to the method: a representation of the target for GET, the same headers without the data for HEAD, the outcome of the action for POST, a status report for PUT or DELETE, and the echoed request for TRACE. A 200 is expected to carry content unless the framing says it has zero length; when a client prefers no content, 204 fits better. For CONNECT, a 200 means the tunnel is open and the bytes that follow belong to it. A 200 is heuristically cacheable, so without `Cache-Control` a browser or CDN may reuse it for a while. Pick a more specific 2xx when it says more: 201 for a creation, 202 for work not yet done, 206 for a range.',
    causes: [
      'A GET that matched a route or a static file: Express `res.send()`/`res.json()`, Django `HttpResponse` and Spring `ResponseEntity.ok()` all default to 200.',
      'A single-page app host (Netlify, Vercel, nginx `try_files $uri /index.html`) answers every unknown path with the app shell and 200, so missing pages look successful to crawlers.',
      'A GraphQL server reports resolver errors inside an `errors` array while the HTTP status stays 200.',
      'A forward proxy answers a CONNECT with `HTTP/1.1 200 Connection established` before tunnelling HTTPS traffic.',
      'The browser reused a stored copy: DevTools shows `200 (from disk cache)` or `(from memory cache)` without any request reaching the server.',
    ],
    fixesForVisitors: [
      'Nothing to fix when the page works: 200 is the normal answer for a page that loaded.',
      'If you see an old version of a page despite a 200, do a hard reload (Ctrl+Shift+R or Cmd+Shift+R) so the browser stops reusing its cached copy.',
      'If the page says "not found" or shows an error while the status is 200, report the link to the site owner, because their server labels the error as a success.',
    ],
    fixesForDevelopers: [
      'Return real error codes for failures (404, 422, 500) instead of `{ "ok": false }` with 200; monitoring, retries and caches all depend on the status.',
      'For an SPA, make the server return 404 for paths the router does not know, or add `<meta name="robots" content="noindex">` on the not-found view to avoid soft 404s in Search Console.',
      'Add `ETag` and/or `Last-Modified` to GET responses so clients can revalidate with a cheap 304 instead of downloading the body again.',
      'Set an explicit `Cache-Control` on dynamic 200s (for example `no-store` for per-user data); otherwise caches may reuse them heuristically.',
      'Use `curl -sS -o /dev/null -w "%{http_code} %{size_download}\\n" https://host/path` to check status and size together when a "successful" endpoint returns an empty or wrong body.',
    ],
    faq: [
      {
        question: 'Should an API return 200 with an error message in the body?',
        answer:
          'No. Use the matching 4xx or 5xx code, optionally with a problem+json body (RFC 9457); a 200 tells clients, proxies and retry logic that everything worked.',
      },
      {
        question: 'What does "200 (from disk cache)" mean in Chrome DevTools?',
        answer:
          'The browser reused a fresh stored copy and made no network request; the status shown is the one that was originally stored.',
      },
      {
        question: 'Should a search with no results return 200 or 404?',
        answer:
          'Return 200 with an empty list: the search resource exists and worked, it simply found nothing. Keep 404 for a path that does not exist.',
      },
      {
        question: 'When should I use 200 instead of 204 after a PUT or DELETE?',
        answer:
          'Use 200 when you send something back, such as the updated resource or a status report, and 204 when there is nothing to send.',
      },
    ],
    spec: rfc(9110, '15.3.1'),
    headers: [
      header(
        'ETag',
        'SHOULD',
        'In 200 responses to GET or HEAD, send the available validators; a strong entity tag is preferred.',
        rfc(9110, '15.3.1'),
      ),
      header(
        'Last-Modified',
        'SHOULD',
        'In 200 responses to GET or HEAD, send the modification date along with the entity tag when one is available.',
        rfc(9110, '15.3.1'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 204, difference: '204 reports the same success but promises no content at all.' },
      { code: 201, difference: '201 says the request created a new resource; 200 says nothing about creation.' },
      { code: 304, difference: '304 answers a conditional GET by telling the client its stored 200 is still valid, without resending it.' },
      { code: 206, difference: '206 carries only the requested byte ranges, where 200 carries the whole representation.' },
    ],
  }),
  official({
    code: 201,
    name: 'Created',
    aliases: [],
    fault: 'none',
    summary:
      'The request worked and created at least one new resource; the `Location` header (or, if absent, the request URL) identifies the main one.',
    meaning:
      'RFC 9110 uses 201 when fulfilling the request has brought one or more resources into existence. The primary new resource is the one named by `Location`, and when no `Location` is sent it is the target URI itself, which is the usual case for a PUT to a new URL. The body typically describes and links to what was created, and any `ETag` sent refers to the new representation. A PUT that creates a resource must answer 201 (RFC 9110 §9.3.4), while a PUT that replaces an existing one answers 200 or 204. Compared with 202, a 201 means the creation is already done, not queued.',
    causes: [
      'A REST POST to a collection such as `/users` created a record; Spring `ResponseEntity.created(uri)`, Rails `render json: @post, status: :created, location: @post` and ASP.NET Core `CreatedAtAction` all produce 201 with `Location`.',
      'Django REST Framework `CreateModelMixin` returns 201 and adds `Location` when the serializer output has a `url` field.',
      'A PUT to a URL that did not exist yet stored a new resource there, for example an object upload to a WebDAV share.',
      'WebDAV MKCOL created a new collection (folder).',
      'A file upload endpoint saved the upload and answers 201 pointing at the stored file.',
    ],
    fixesForVisitors: [
      'Nothing to fix: 201 confirms that what you submitted (an account, a post, an upload) was saved.',
      'If the page still says "failed" after a 201, refresh to see the new item; the problem is the page script, not the save.',
    ],
    fixesForDevelopers: [
      'Send `Location` with the URL of the new resource (for example `/orders/8123`) so clients need not parse the body to find it.',
      'Return the created representation or a short summary with its id in the body; many clients expect it and save a follow-up GET.',
      'Send an `ETag` for the new representation when you have one, so the client can make a safe conditional update later with `If-Match`.',
      'Make POST creations idempotent with an `Idempotency-Key` header or a client-supplied id, so a retried request after a timeout does not create a duplicate.',
      'Check with `curl -i -X POST -H "Content-Type: application/json" -d "{...}" https://host/items` that the status is 201 and `Location` points somewhere a GET succeeds.',
    ],
    faq: [
      {
        question: 'Is the Location header required with 201 Created?',
        answer:
          'Not strictly: without it the created resource is taken to be the request URL, which suits PUT. For a POST to a collection you should send `Location`, or clients cannot tell where the new item lives.',
      },
      {
        question: 'Should POST return 200 or 201 when it creates something?',
        answer:
          'Return 201 when a new resource now exists, 200 when the POST performed an action without creating an addressable resource.',
      },
      {
        question: 'Can a 201 Created response have a body?',
        answer:
          'Yes, and it usually should: the new resource itself or a description with links to what was created.',
      },
    ],
    spec: rfc(9110, '15.3.2'),
    headers: [
      header(
        'Location',
        'SHOULD',
        'Identifies the primary resource created; if it is missing, the target URI is taken to be that resource.',
        rfc(9110, '15.3.2'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 202, difference: '202 means the creation was only queued and may still fail; 201 means it has happened.' },
      { code: 200, difference: '200 fits a POST or PUT that succeeded without creating a new resource.' },
      { code: 303, difference: '303 redirects the client to a result page after a POST instead of describing the new resource in place.' },
      { code: 409, difference: '409 is the answer when the resource to be created conflicts with one that already exists.' },
    ],
  }),
  official({
    code: 202,
    name: 'Accepted',
    aliases: [],
    fault: 'none',
    faultNote:
      'A 202 promises nothing about the outcome: the job can still fail later, and that failure will not appear as an HTTP status on this request.',
    summary:
      'The request was accepted for processing that has not finished yet, and it may still succeed or fail; the response should tell the client where to check progress.',
    meaning:
      'RFC 9110 calls 202 intentionally noncommittal: the server took the request but the work is not done, and it may even be refused when it actually runs. HTTP has no way to send a second status later, so the 202 response ought to describe the current state and point to, or embed, a status monitor the client can poll. This lets a server hand work to a queue or a nightly batch without keeping the connection open. Unlike 201 the result does not exist yet, and unlike 102 the request/response exchange is over.',
    causes: [
      'An asynchronous API pattern: the handler enqueues a job (Celery, Sidekiq, SQS, Kafka) and returns 202 with a link such as `/jobs/42`.',
      'Azure Resource Manager long-running operations answer 202 with `Location` or `Azure-AsyncOperation` and `Retry-After` for polling.',
      'The GitHub REST API answers repository statistics endpoints with 202 while it computes data that is not cached yet.',
      'An AWS Lambda invocation with `InvocationType: Event` returns 202 because the function runs asynchronously.',
      'Webhook receivers and analytics or logging collectors acknowledge events with 202 before storing them.',
    ],
    fixesForVisitors: [
      'Wait a moment and check again: 202 means your request is in a queue (an export, a report, a video conversion), not that it finished.',
      'Look for a follow-up notification, e-mail or status page instead of resubmitting, which could queue the same job twice.',
    ],
    fixesForDevelopers: [
      'Return a status resource: `Location: /jobs/42` (or a link in the body) that reports queued, running, done or failed, plus the result URL when done.',
      'Add `Retry-After` to the 202 or to the status response to tell pollers how long to wait.',
      'When the job completes, let the status resource answer 200 with the outcome or 303 to the created resource, so clients have a clear end state.',
      'Deduplicate with an idempotency key, because clients that timed out often resend the same job request.',
      'For GitHub statistics endpoints, retry the same GET after a short delay until it returns 200; the first call only starts the computation.',
    ],
    faq: [
      {
        question: 'What is the difference between 202 Accepted and 201 Created?',
        answer:
          '201 says the resource now exists; 202 says the request is queued and the resource may or may not be created later.',
      },
      {
        question: 'How does a client learn the result of a 202 request?',
        answer:
          'Only through what the server provides: usually a status URL to poll, sometimes a webhook or callback. HTTP itself cannot deliver a later status on the same request.',
      },
      {
        question: 'Can a 202 job still fail?',
        answer:
          'Yes. RFC 9110 states the request might not be acted upon at all, so clients must check the status resource before assuming success.',
      },
    ],
    spec: rfc(9110, '15.3.3'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 201, difference: '201 reports a completed creation, whereas 202 reports a job that is still pending.' },
      { code: 102, difference: '102 keeps the client waiting on the same connection; 202 ends the exchange and hands the work to the background.' },
      { code: 303, difference: 'A status monitor often answers 303 to the finished result once a 202 job has completed.' },
    ],
  }),
  official({
    code: 203,
    name: 'Non-Authoritative Information',
    aliases: [],
    fault: 'none',
    summary:
      'The request succeeded, but a transforming proxy altered the content that the origin server sent with its 200.',
    meaning:
      'A 203 is a 200 that has passed through a proxy which changed the content, for instance by recompressing images or rewriting HTML. RFC 9110 lets the proxy signal this by replacing 200 with 203, because knowing the content was transformed can matter later: validators, for example, may only make sense along the same proxy path. Origin servers are not supposed to send 203 about their own content. A 203 is heuristically cacheable like a 200. The old `Warning: 214 Transformation Applied` header served a similar purpose but was obsoleted by RFC 9111.',
    causes: [
      'A mobile carrier or data-saver proxy recompressed images or minified HTML before delivering them.',
      'A corporate proxy or security gateway injected a banner or script into pages.',
      'A developer returned 203 from an origin API to mean "from a secondary source", a use the spec does not intend.',
      'A mirror or aggregator service served a modified copy of another origin\'s content.',
    ],
    fixesForVisitors: [
      'If images look blurry or pages look odd, switch off data saver or use another network, since a proxy is altering the content.',
      'Use HTTPS addresses; most transforming proxies cannot change encrypted traffic.',
    ],
    fixesForDevelopers: [
      'Send `Cache-Control: no-transform` on responses that must arrive byte-for-byte (signed files, exact image sizes); RFC 9110 forbids proxies to transform content that carries it.',
      'Serve everything over HTTPS so intermediaries cannot rewrite content.',
      'Do not use 203 from an origin to flag stale or cached data; use 200 with suitable headers such as `Age` or a field in the body.',
      'Treat a 203 exactly like a 200 in client code; status checks like `status === 200` should accept any 2xx.',
    ],
    faq: [
      {
        question: 'Is 203 Non-Authoritative Information an error?',
        answer:
          'No, the request succeeded; the code only warns that a proxy modified what the origin sent.',
      },
      {
        question: 'Should my API send 203 for cached or third-party data?',
        answer:
          'No. The code is reserved for transforming proxies describing their own changes; an origin describing its data source should use 200.',
      },
      {
        question: 'How do I stop proxies from turning my 200 into a 203?',
        answer:
          'Serve over HTTPS and add `Cache-Control: no-transform`, which tells conforming proxies not to modify the content.',
      },
    ],
    spec: rfc(9110, '15.3.4'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 200, difference: '200 carries the content exactly as the origin produced it; 203 flags a modified copy.' },
      { code: 304, difference: '304 revalidates a stored copy; after a 203, such validators may only hold along the same proxy path.' },
    ],
  }),
  official({
    code: 204,
    name: 'No Content',
    aliases: [],
    fault: 'none',
    summary:
      'The request succeeded and there is deliberately nothing in the response body; any headers describe the resource after the change.',
    meaning:
      'A 204 tells the client that the action worked and that no content follows, so the message ends with its headers. RFC 9110 says headers such as `ETag` in a 204 describe the target resource after the request was applied, which makes it a good answer to a PUT that saved a document. It also implies the user agent should stay where it is: a browser that receives 204 for a link or form does not navigate away. A 204 is heuristically cacheable. Compared with 200, it rules out a body; compared with 205, it does not ask the client to reset its form.',
    causes: [
      'A REST DELETE or PUT without a response body: Express `res.sendStatus(204)`, Spring `ResponseEntity.noContent().build()`, Rails `head :no_content`.',
      'A CORS preflight (OPTIONS) answered by the Express `cors` package, whose default `optionsSuccessStatus` is 204.',
      'ASP.NET Core turns an action that returns `null` into 204 through its `HttpNoContentOutputFormatter`, often surprising clients that expected JSON.',
      'Connectivity checks such as Android\'s `generate_204` endpoint use 204 as the "internet works" signal.',
      'Tracking pixels and beacons (`navigator.sendBeacon`) are commonly acknowledged with 204.',
    ],
    fixesForVisitors: [
      'Nothing to fix: a 204 means the action (save, delete, like) succeeded and the page simply stays as it is.',
      'If a button seems to do nothing, reload the page to see whether the change was applied, since 204 gives no visible feedback by itself.',
    ],
    fixesForDevelopers: [
      'Do not call `response.json()` on a 204 in fetch: it throws "Unexpected end of JSON input"; check `response.status === 204` or `Content-Length` first.',
      'Never write a body on a 204: frameworks strip it, and some proxies treat the extra bytes as the start of the next response.',
      'If a client needs the updated object, return 200 with it instead, or include an `ETag` in the 204 so the client can track the new version.',
      'When an ASP.NET Core endpoint unexpectedly returns 204, check for a null result, or remove `HttpNoContentOutputFormatter` to get `200 null` instead.',
      'Verify with `curl -i -X DELETE https://host/items/42` that the response has no body and no misleading `Content-Type`.',
    ],
    faq: [
      {
        question: 'Should DELETE return 200 or 204?',
        answer:
          'Either is fine: 204 when you return nothing, 200 when you return a confirmation or the deleted entity; 202 if the deletion is only queued.',
      },
      {
        question: 'Why does fetch throw on a 204 response?',
        answer:
          'Because `response.json()` tries to parse an empty body. Branch on `response.status` or use `response.text()` and parse only when it is not empty.',
      },
      {
        question: 'Can a 204 No Content response include headers like ETag or Location?',
        answer:
          'Yes. Headers are allowed and describe the resource after the action; only content and trailers are ruled out.',
      },
    ],
    spec: rfc(9110, '15.3.5'),
    headers: [],
    bodyAllowed: false,
    cacheableByDefault: true,
    related: [
      { code: 200, difference: '200 carries a body with the result; 204 guarantees there is none.' },
      { code: 205, difference: '205 also has no content but additionally asks the client to reset the form or view that sent the request.' },
      { code: 404, difference: 'A 404 says the target was not found, while a 204 says the request succeeded with nothing to return; do not use 204 for missing items.' },
    ],
  }),
  official({
    code: 205,
    name: 'Reset Content',
    aliases: [],
    fault: 'none',
    summary:
      'The request succeeded and the server asks the client to clear the form or view that sent it, ready for the next entry; no content is allowed.',
    meaning:
      'RFC 9110 designed 205 for data entry: the user fills in a form, canvas or notepad, submits it, and the server asks the user agent to put that input area back to its original state so the next entry can start. Because no further content is implied, the server must not send any content with a 205. In practice browsers do not reset forms when they receive it; they treat it like 204 and stay on the page, so the reset has to be done in script. Compared with 204, the only difference is this reset request.',
    causes: [
      'A form-handling endpoint deliberately answers 205 so its JavaScript client clears the inputs after a successful submission.',
      'A data-entry or kiosk application uses 205 between consecutive records.',
      'A framework constant such as `HttpStatus.RESET_CONTENT` was chosen by mistake where 204 was meant.',
      'An API-testing mock server returns every status code, including 205, to exercise client handling.',
    ],
    fixesForVisitors: [
      'Your submission was accepted; if the form still shows your old input, clear it yourself or reload before entering the next item.',
      'Do not resubmit just because the form did not clear: the server has already recorded the first submission.',
    ],
    fixesForDevelopers: [
      'Reset the form in client code (`form.reset()`) when `response.status === 205`, since browsers do not do it for you.',
      'Send no body: use `Content-Length: 0` or end the message right after the headers; a body violates RFC 9110.',
      'If your client library chokes on 205, answer 204 instead; most software handles 204 better and the only loss is the reset hint.',
      'Check with `curl -i` that the 205 carries no `Content-Type` or body bytes left over from a template.',
    ],
    faq: [
      {
        question: 'Do browsers reset forms when they receive 205?',
        answer:
          'No mainstream browser does it automatically for a normal form submission; it behaves like 204, so clear the form in JavaScript.',
      },
      {
        question: 'Can a 205 Reset Content response have a body?',
        answer:
          'No. RFC 9110 forbids the server to generate content in a 205, because the code implies nothing more is provided.',
      },
      {
        question: 'When would I pick 205 over 204?',
        answer:
          'Only when your client understands the hint and should clear its input after success, such as repeated data entry; otherwise 204 is the common choice.',
      },
    ],
    spec: rfc(9110, '15.3.6'),
    headers: [],
    bodyAllowed: false,
    cacheableByDefault: false,
    related: [
      { code: 204, difference: '204 leaves the current view untouched, while 205 asks to reset it.' },
      { code: 200, difference: '200 returns content about the result, which 205 may never carry.' },
      { code: 303, difference: '303 after a form POST sends the browser to a new page instead of clearing the current one.' },
    ],
  }),
  official({
    code: 206,
    name: 'Partial Content',
    aliases: [],
    fault: 'none',
    summary:
      'The server is sending only the byte range(s) the client asked for with a `Range` header, as used by video players and resumable downloads.',
    meaning:
      'A 206 answers a range request: the client sent `Range: bytes=...`, the server supports ranges for that resource, and the requested ranges are satisfiable. For a single range the response carries `Content-Range` (for example `bytes 0-1023/146515`) and just those bytes; for several ranges it carries a `multipart/byteranges` body in which every part has its own `Content-Range`. The server must also include `Date`, `Cache-Control`, `ETag`, `Expires`, `Content-Location` and `Vary` whenever a 200 for the same request would have had them. A 206 is heuristically cacheable, and caches may stitch partial responses together. If the range cannot be served at all the answer is 416; if the server ignores `Range`, it sends a normal 200 with the full body.',
    causes: [
      'An HTML `<video>` or `<audio>` element requests `Range: bytes=0-` and then seeks with further ranges, so media servers and CDNs answer 206.',
      'A download manager or `curl -C -` / `wget -c` resumes an interrupted download from the last received byte.',
      'A PDF viewer (for example pdf.js) fetches only the pages it needs from a linearized PDF.',
      'Static servers support ranges by default: nginx (limited by `max_ranges`), Apache, Express `serve-static`/`res.sendFile`, S3 `GetObject` with `Range`.',
      'A client sent `If-Range` with a still-matching validator, so the server continued a partial transfer.',
    ],
    fixesForVisitors: [
      'Nothing to fix: 206 is how video streaming and resumed downloads work.',
      'If a resumed download produces a corrupt file, delete it and download again from scratch; the file probably changed on the server between the two parts.',
    ],
    fixesForDevelopers: [
      'Test with `curl -i -H "Range: bytes=0-99" https://host/file` and expect 206, `Content-Range: bytes 0-99/<total>` and `Content-Length: 100`.',
      'Advertise support with `Accept-Ranges: bytes` on 200 responses so players and download managers know they can seek and resume.',
      'Send a strong `ETag` or `Last-Modified` and honour `If-Range`, so a resumed download never mixes bytes of two file versions.',
      'Avoid on-the-fly gzip for ranged media: ranges then apply to the compressed bytes and players fail; serve media uncompressed or pre-compressed.',
      'If Safari or iOS refuses to play your video, check that the server answers `Range: bytes=0-1` with a real 206 and not a 200 with the full file.',
      'Limit abusive multi-range requests (nginx `max_ranges`), because many small ranges in one request can be used to exhaust server resources.',
    ],
    faq: [
      {
        question: 'Is 206 Partial Content an error?',
        answer:
          'No. It is a success answer to a `Range` request; a browser playing a video normally logs many 206 responses.',
      },
      {
        question: 'Why does my server return 200 instead of 206 for a Range request?',
        answer:
          'The server or a proxy in front of it ignored `Range`, which HTTP allows: the handler may not support ranges, the content may be compressed on the fly, or a cache may have fetched the full object.',
      },
      {
        question: 'What is the difference between 206 and 416?',
        answer:
          '206 delivers the ranges you asked for; 416 means none of the requested ranges overlap the current representation, for example a start past the end of the file.',
      },
    ],
    spec: rfc(9110, '15.3.7'),
    headers: [
      header(
        'Content-Range',
        'MUST',
        'Required when a single part is sent, e.g. `bytes 0-1023/146515`. In a multipart response it goes inside each part, and must not appear in the top-level header section.',
        rfc(9110, '15.3.7.1'),
      ),
      header(
        'Content-Type',
        'MUST',
        'When several parts are sent: `multipart/byteranges` with its required `boundary` parameter.',
        rfc(9110, '15.3.7.2'),
      ),
      header('ETag', 'MUST', 'Required if a 200 to the same request would have carried it.', rfc(9110, '15.3.7')),
      header('Date', 'MUST', 'Required if a 200 to the same request would have carried it.', rfc(9110, '15.3.7')),
      header('Cache-Control', 'MUST', 'Required if a 200 to the same request would have carried it.', rfc(9110, '15.3.7')),
      header('Expires', 'MUST', 'Required if a 200 to the same request would have carried it.', rfc(9110, '15.3.7')),
      header('Content-Location', 'MUST', 'Required if a 200 to the same request would have carried it.', rfc(9110, '15.3.7')),
      header('Vary', 'MUST', 'Required if a 200 to the same request would have carried it.', rfc(9110, '15.3.7')),
    ],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 416, difference: '416 is the answer when the requested range cannot be satisfied at all.' },
      { code: 200, difference: '200 sends the whole representation, which is also a valid answer when the server ignores `Range`.' },
      { code: 412, difference: '412 answers a failed `If-Match`-style precondition, whereas a failed `If-Range` simply yields a full 200 instead of 206.' },
    ],
  }),
  official({
    code: 207,
    name: 'Multi-Status',
    aliases: [],
    fault: 'none',
    faultNote:
      'A 207 is not a blanket success: each `<response>` element in the XML body carries its own status, and some of them may be 403, 404 or 423.',
    summary:
      'WebDAV answer that packs several results into one XML `multistatus` body, each part with its own status code.',
    meaning:
      'RFC 4918 defines 207 for operations that touch many resources at once, where a single status code cannot describe the outcome. The body is an XML document with a `multistatus` root element; every `response` element names a resource and carries its own status, and for PROPFIND and PROPPATCH the `propstat` elements report per-property results. It is the normal reply to a PROPFIND listing a folder, and to a COPY, MOVE or DELETE of a collection where some members failed. The overall 207 only says "read the body"; clients must not treat it as uniform success. Some non-WebDAV APIs reuse 207 for batch endpoints, which works only if clients know to inspect each item.',
    causes: [
      'A WebDAV client (Windows Explorer, macOS Finder, Cyberduck, rclone) sent PROPFIND with `Depth: 1` to list a folder on Nextcloud, ownCloud, Apache `mod_dav` or IIS.',
      'A CalDAV or CardDAV client synchronised calendars or contacts with REPORT or PROPFIND.',
      'A DELETE, COPY or MOVE of a collection partly failed, so the server lists the failing members with their codes.',
      'A PROPPATCH changed several properties and reports each one separately.',
      'A custom REST batch endpoint answers 207 with one result per submitted item.',
    ],
    fixesForVisitors: [
      'Nothing to fix as such: 207 is how file-sync and calendar clients receive folder listings.',
      'If a sync client says some files failed, check the file names and permissions it lists; the other items went through.',
    ],
    fixesForDevelopers: [
      'Parse the body and check each `<d:status>`; a 207 whose elements say `HTTP/1.1 403 Forbidden` is a partial failure.',
      'Reproduce a listing with `curl -i -X PROPFIND -H "Depth: 1" -u user https://host/remote.php/dav/files/user/` and read the per-item statuses.',
      'Avoid `Depth: infinity` PROPFIND on large trees; many servers reject it (for example with 403) and it is expensive.',
      'If you design a batch API with 207, document the per-item schema and still use a plain 4xx when the whole batch is malformed.',
    ],
    faq: [
      {
        question: 'Is 207 Multi-Status a success or an error?',
        answer:
          'Neither by itself. It is a 2xx container, and the individual results inside the body decide what worked and what failed.',
      },
      {
        question: 'Should REST APIs use 207 for bulk operations?',
        answer:
          'It is allowed but not standardised outside WebDAV. If some items can fail independently it is a reasonable choice, as long as every item carries its own status in a documented format.',
      },
      {
        question: 'Which RFC section defines 207 Multi-Status?',
        answer:
          'RFC 4918 §11.1 registers the code, and §13 describes the multistatus response body in detail.',
      },
    ],
    spec: rfc(4918, '11.1'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 208, difference: '208 appears inside a 207 body to mark a binding whose members were already listed.' },
      { code: 424, difference: '424 often appears inside a 207 body for members that failed because another action failed.' },
      { code: 200, difference: '200 reports one uniform outcome; 207 reports one outcome per resource.' },
    ],
  }),
  official({
    code: 208,
    name: 'Already Reported',
    aliases: [],
    fault: 'none',
    summary:
      'Used inside a WebDAV 207 body: this collection was reached through another binding and its members were already listed earlier in the same response.',
    meaning:
      'RFC 5842 (WebDAV Bindings) allows one collection to be reachable under several paths. During a `Depth: infinity` PROPFIND, the first binding of such a collection is reported normally with 200, while later bindings are reported with 208 and their members are not repeated, which keeps the answer finite when bindings form a loop. The code appears in a `propstat` or `response` element of a 207 body rather than as the top-level status of a response. Servers should not use it unless the client announced bind support via the `DAV` request header; otherwise a detected loop is reported with 508 Loop Detected.',
    causes: [
      'A WebDAV server that implements RFC 5842 bindings met the same collection twice while walking a `Depth: infinity` PROPFIND.',
      'A binding loop (a collection bound inside its own subtree) was enumerated for a client that declared bind support.',
      'A document-management server that exposes one folder under several paths (a project folder also linked from a shared area) deduplicated its listing.',
      'A server sends 208 as a top-level status by mistake instead of inside a 207 body.',
    ],
    fixesForVisitors: [
      'Nothing to fix: 208 only avoids listing the same folder twice in a sync or file-manager view.',
      'If a folder seems empty in one place but full in another, open it through its other path; both paths lead to the same content.',
    ],
    fixesForDevelopers: [
      'Use the `DAV:resource-id` property in PROPFIND to tell which bindings point to the same resource.',
      'Only emit 208 when the request carried a `DAV` header announcing bind support; for other clients return 508 when you find a loop.',
      'Emit 208 inside the 207 multistatus body, not as the response status line.',
      'Prefer `Depth: 1` listings in clients; 208 only arises with `Depth: infinity`.',
    ],
    faq: [
      {
        question: 'Where does 208 Already Reported appear?',
        answer:
          'Inside the XML body of a 207 Multi-Status response, for bindings after the first one that leads to the same collection.',
      },
      {
        question: 'What is the difference between 208 and 508?',
        answer:
          '208 lets a bind-aware client receive a loop safely by not repeating members; 508 aborts the operation because the server found a loop and the client cannot handle 208.',
      },
      {
        question: 'Can a normal REST API use 208 Already Reported?',
        answer:
          'It is defined only for WebDAV bindings; using it for "duplicate request" in a REST API misreads it, and 200 or 409 usually fit better.',
      },
    ],
    spec: rfc(5842, '7.1'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 207, difference: '207 is the container response; 208 marks single entries inside it.' },
      { code: 508, difference: '508 ends the request when a binding loop is found, instead of reporting the repeat with 208.' },
    ],
  }),
  official({
    code: 226,
    name: 'IM Used',
    aliases: [],
    fault: 'none',
    summary:
      'The response to a GET is the result of instance manipulations, such as a delta against a version the client already holds, rather than the full resource.',
    meaning:
      'RFC 3229 (delta encoding in HTTP) defines 226: the server fulfilled a GET and the content is the current instance transformed by one or more instance manipulations listed in the client\'s `A-IM` header, typically a diff from a base version named by `If-None-Match`. The client rebuilds the full current version by applying the delta to its cached copy. The request must have carried `A-IM`, and the response must carry an `ETag` for the current instance; the `IM` header names the manipulations applied. Few servers or browsers implement it; its best-known use is "RFC 3229+feed", where feed readers ask for only the new entries of an RSS or Atom feed.',
    causes: [
      'A feed reader sent `A-IM: feed` with the ETag of its last fetch, and a blog platform that supports RFC 3229+feed returned only the new entries.',
      'A custom sync protocol (for example a delta-update service for large files or app data) implements RFC 3229 `vcdiff` or `diffe` deltas.',
      'A test suite or mock server exercises every registered status code.',
      'A server misuses 226 as a generic "already used" answer, which is not what the code means.',
    ],
    fixesForVisitors: [
      'Nothing to fix: 226 only appears in feed readers or sync tools that asked for the changes since their last update.',
      'If a feed reader shows missing entries after a 226, force a full refresh of the feed in the reader.',
    ],
    fixesForDevelopers: [
      'Answer 226 only when the request carried `A-IM`; clients that did not ask cannot decode a delta.',
      'Always send `ETag` for the full current instance and an `IM` header naming what was applied (for example `IM: feed`).',
      'Keep shared caches from serving a delta to clients that did not ask for one: most CDNs do not understand 226, so mark the response `Cache-Control: private` unless you have tested the cache.',
      'If the base version named in `If-None-Match` is unknown, fall back to a plain 200 with the full resource.',
    ],
    faq: [
      {
        question: 'What does 226 IM Used mean in practice?',
        answer:
          'The content is a difference or other transformation of the current resource, not the resource itself, and must be applied to a copy the client already has.',
      },
      {
        question: 'Do browsers support 226 IM Used?',
        answer:
          'No mainstream browser requests delta encoding; 226 is seen with specialised clients such as feed readers using RFC 3229+feed.',
      },
      {
        question: 'Which headers are required for a 226 response?',
        answer:
          'The request must have included `A-IM`, and the response must include an `ETag` for the current instance; it normally also names the applied manipulations in `IM`.',
      },
    ],
    spec: rfc(3229, '10.4.1'),
    headers: [
      header(
        'ETag',
        'MUST',
        'Give the entity tag of the full current instance, not of the delta itself.',
        rfc(3229, '10.4.1'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 200, difference: '200 sends the full current representation; 226 sends a manipulated form, such as a delta, of it.' },
      { code: 304, difference: '304 says the client copy is still current; 226 sends what changed since that copy.' },
      { code: 206, difference: '206 sends a byte range of the unchanged representation, whereas 226 sends a computed transformation.' },
    ],
  }),
];
