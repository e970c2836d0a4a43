import type { HttpStatus } from '../types';
import { official } from './define';
import { header, rfc } from './spec';

// 3xx: the client has to take another step (usually follow `Location`) to complete the request.
export const ENTRIES: readonly HttpStatus[] = [
  official({
    code: 300,
    name: 'Multiple Choices',
    aliases: [],
    fault: 'none',
    summary:
      'The resource has several representations, each with its own URL, and the response lists them so the user or client can pick one.',
    meaning:
      'A 300 is the tool of reactive (agent-driven) content negotiation: instead of choosing a language, format or version for the client, the server lists the alternatives and lets the user agent select one by requesting its specific URL. For methods other than HEAD the body should list the choices with enough metadata to decide, and if the server has a favourite it should name it in `Location`, which a user agent may follow automatically. HTTP defines no standard format for the list, so browsers simply show the body and rarely auto-select. A 300 is heuristically cacheable. Compared with 301 or 302 there is no single target; compared with 406, the server is offering options rather than refusing.',
    causes: [
      'A server that supports transparent content negotiation (RFC 2295), such as Apache `mod_negotiation` with type maps or `MultiViews`, returns a list response of variants.',
      'An API returns 300 when a lookup by name matches several records, listing the URL of each candidate.',
      'A document or dataset is published in several formats (HTML, PDF, CSV) and the server asks the client to choose.',
      'A package or binary download endpoint offers several platform builds under one URL.',
    ],
    fixesForVisitors: [
      'Pick one of the options shown on the page; the server is asking you to choose a language, format or version.',
      'If the page shows no usable list, report the link to the site, because the server offered choices without presenting them.',
    ],
    fixesForDevelopers: [
      'Put a human-readable list of links in the body, each with the distinguishing metadata (language, media type, size).',
      'Send `Location` with your preferred choice so clients that auto-follow, such as `curl -L`, land on a sensible default.',
      'Prefer proactive negotiation (`Accept`, `Accept-Language` with `Vary`) or explicit URLs for most sites; 300 gives users an extra click.',
      'Inspect the response with `curl -i https://host/resource` to see whether `Location` is present and the list is usable.',
    ],
    faq: [
      {
        question: 'Does the browser follow a 300 Multiple Choices automatically?',
        answer:
          'Only if there is a `Location` header, and even then support varies; usually the browser just renders the list in the body.',
      },
      {
        question: 'Is a Wikipedia disambiguation page a 300 response?',
        answer:
          'No. Such pages are ordinary 200 responses that happen to list choices; 300 is rarely used on the web.',
      },
      {
        question: 'What is the difference between 300 and 406?',
        answer:
          '300 offers the available representations for the client to pick; 406 says none of them matches what the client said it accepts.',
      },
    ],
    spec: rfc(9110, '15.4.1'),
    headers: [
      header(
        'Location',
        'SHOULD',
        'Only when the server has a preferred choice: give that choice\'s URL; a user agent may follow it automatically.',
        rfc(9110, '15.4.1'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 406, difference: '406 refuses because no representation fits the `Accept*` headers, instead of offering a list.' },
      { code: 302, difference: '302 points to one temporary URL; 300 offers several with no single target.' },
      { code: 200, difference: 'A 200 page listing options (like a disambiguation page) is content, not a negotiation step.' },
    ],
  }),
  official({
    code: 301,
    name: 'Moved Permanently',
    aliases: [],
    fault: 'none',
    faultNote:
      'A wrong 301 is a server configuration mistake, but browsers cache it, so visitors keep being sent to the bad target after the server is fixed until their cache is cleared.',
    summary:
      'The resource has a new permanent URL, given in `Location`; clients should use it from now on and links should be updated.',
    meaning:
      'A 301 says the target has been given a new permanent URI and that future references should use it. The server should send that URI in `Location`, and user agents may follow it automatically. For historical reasons a user agent may turn a POST into a GET when following a 301, which is why 308 exists for cases where the method must stay. A 301 is heuristically cacheable, and browsers do keep it, so later visits skip the old URL without asking the server. Search engines treat it as a strong signal to move ranking and indexing to the new URL. Compared with 302, the move is meant to last.',
    causes: [
      'An HTTP to HTTPS or `www` to bare-domain redirect such as nginx `return 301 https://$host$request_uri;` or Apache `Redirect permanent`.',
      'Django `CommonMiddleware` with `APPEND_SLASH` (and `SecurityMiddleware` with `SECURE_SSL_REDIRECT`) answers with 301.',
      'nginx and Apache `mod_dir` (`DirectorySlash On`) redirect a directory URL without a trailing slash to the slashed form with 301.',
      'WordPress canonical redirects send old permalinks, `?p=123` links or changed slugs to the current URL.',
      'A site migration maps old URLs to new ones with a redirect map, for example nginx `map` blocks or a CDN redirect rule.',
    ],
    fixesForVisitors: [
      'Update your bookmark to the new address shown in the address bar.',
      'If a redirect sends you to a wrong or broken page, clear the browser cache for the site (or try a private window), because browsers remember 301s.',
    ],
    fixesForDevelopers: [
      'Check the chain with `curl -sIL https://old.example/path` and collapse multi-hop chains (http to https to www to slash) into one hop.',
      'Use 308 instead of 301 for endpoints that receive POST, PUT or DELETE, because clients may replay a POST as a GET after a 301.',
      'Test a new redirect as 302 first and switch to 301 once it is right, or set `Cache-Control: max-age=3600` on it, since a mistaken 301 stays in browser caches.',
      'Keep permanent redirects in place for at least a year after a migration and update internal links, sitemaps and `rel=canonical` to the new URLs.',
      'Watch for loops (`ERR_TOO_MANY_REDIRECTS`), typically an app redirecting to HTTPS behind a TLS-terminating proxy that does not pass `X-Forwarded-Proto`.',
    ],
    faq: [
      {
        question: 'What is the difference between 301 and 308?',
        answer:
          'Both are permanent. With 301, clients may change POST to GET when following it; with 308 they must repeat the same method and body.',
      },
      {
        question: 'How long do browsers cache a 301 redirect?',
        answer:
          'Without `Cache-Control` or `Expires`, browsers treat it as heuristically cacheable and often keep it until the cache is cleared; explicit headers limit that.',
      },
      {
        question: 'Is 301 or 302 better for SEO?',
        answer:
          'Use 301 (or 308) for moves that will last; search engines then transfer indexing and signals to the new URL. Use 302 only for truly temporary detours.',
      },
      {
        question: 'How do I undo a 301 redirect that browsers already cached?',
        answer:
          'Remove or change it on the server and, if possible, make the new URL redirect back; visitors who cached it must clear their cache or will re-check only when the cached entry expires.',
      },
    ],
    spec: rfc(9110, '15.4.2'),
    headers: [
      header('Location', 'SHOULD', 'Give the new permanent URL of the resource.', rfc(9110, '15.4.2')),
    ],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 308, difference: '308 is the permanent redirect that forbids changing the method, unlike 301.' },
      { code: 302, difference: '302 marks a temporary move, so clients keep using the old URL.' },
      { code: 410, difference: '410 says the resource is gone with no new address, where 301 supplies one.' },
    ],
  }),
  official({
    code: 302,
    name: 'Found',
    aliases: ['Moved Temporarily'],
    fault: 'none',
    faultNote:
      'A 302 loop between an app and its login page (for example after a lost session store or a cookie blocked by `SameSite` rules) is a server-side setup problem, not a visitor error.',
    summary:
      'The resource is temporarily available at another URL given in `Location`; clients should keep using the original URL for future requests.',
    meaning:
      'A 302 says the target currently lives at a different URI, but only for now, so clients should keep requesting the original one. The server should send the temporary URI in `Location`. HTTP/1.0 called it "Moved Temporarily", and most browsers have long changed POST into GET when following it, which RFC 9110 now allows for historical reasons; 307 is the code to use when the method must stay. Because 302 is ambiguous about methods, 303 is the precise choice for "see the result elsewhere" after a form POST. Unlike 301, a 302 is not cached by default.',
    causes: [
      'Express `res.redirect(url)`, Flask `redirect()`, Django `redirect()`/`HttpResponseRedirect`, Rails `redirect_to` and Spring `"redirect:"` views all default to 302.',
      'PHP sends 302 automatically when a script calls `header("Location: ...")` without setting another 3xx or 201 status.',
      'Authentication middleware (Spring Security, Django `login_required`, Devise) redirects unauthenticated users to the login page with 302.',
      'OAuth and SSO flows bounce the browser between the app and the identity provider with 302 responses.',
      'A captive portal on hotel or airport Wi-Fi intercepts HTTP requests and redirects them to its sign-in page.',
    ],
    fixesForVisitors: [
      'If you are bounced back to the login page repeatedly, allow cookies for the site and clear its old cookies, then sign in again.',
      'On public Wi-Fi, open any plain `http://` site to reach the network sign-in page the 302 is pointing to.',
      'Keep using the original link or bookmark; the temporary address may change.',
    ],
    fixesForDevelopers: [
      'Use 301 or 308 for permanent moves; a temporary 302 keeps search engines on the old URL.',
      'After a form POST, prefer 303 (or 302 knowing clients switch to GET); use 307 if the POST itself must be repeated at the new URL.',
      'Break login loops by checking that the session cookie is set with the right `Domain`, `Path`, `Secure` and `SameSite` attributes and survives the redirect.',
      'Trace hops with `curl -sIL -o /dev/null -w "%{http_code} %{url_effective}\\n" https://host/path` or DevTools with "Preserve log" enabled.',
      'For API clients, make sure the redirect target uses the same scheme and host, because many HTTP clients drop the `Authorization` header on cross-host redirects.',
    ],
    faq: [
      {
        question: 'What is the difference between 302 and 307?',
        answer:
          'Both are temporary. Clients may change POST to GET when following a 302, but must resend the same method and body for a 307.',
      },
      {
        question: 'Why is 302 called "Found" and not "Moved Temporarily"?',
        answer:
          'HTTP/1.0 called it "Moved Temporarily"; HTTP/1.1 renamed it "Found" because browsers had changed its behaviour, and 307 was added for the strict meaning.',
      },
      {
        question: 'Does a 302 redirect pass SEO value?',
        answer:
          'Search engines keep the original URL indexed for a 302, since the move is temporary; long-lived 302s may eventually be treated like permanent ones, but use 301 when you mean it.',
      },
    ],
    spec: rfc(9110, '15.4.3'),
    headers: [
      header('Location', 'SHOULD', 'Give the temporary URL the client should request instead.', rfc(9110, '15.4.3')),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 307, difference: '307 is the temporary redirect that keeps the method and body unchanged.' },
      { code: 303, difference: '303 explicitly tells the client to fetch the new URL with GET, the usual intent after a POST.' },
      { code: 301, difference: '301 is the permanent counterpart, cached by default.' },
    ],
  }),
  official({
    code: 303,
    name: 'See Other',
    aliases: [],
    fault: 'none',
    summary:
      'Go to the URL in `Location` with a GET to see the result of this request; the classic answer after a successful form POST.',
    meaning:
      'A 303 redirects the user agent to a different resource that provides an indirect answer to the original request. Whatever the original method was, the client follows it with a retrieval request (GET or HEAD), so it is the precise code for the Post/Redirect/Get pattern: after a POST, the browser loads a result page and a reload does not resubmit the form. The new URL is not considered equivalent to the original target. For a GET, a 303 means the server cannot transfer a representation of the target itself but points to a resource that describes it, as in Linked Data. Compared with 302, the switch to GET is intended rather than tolerated.',
    causes: [
      'Rails apps using Turbo answer form submissions with `redirect_to ..., status: :see_other`, which the Rails 7 scaffolds generate for `destroy`.',
      'Spring WebFlux `RedirectView` and Spring MVC redirects configured with `setHttp10Compatible(false)` send 303.',
      'A web form handler implements Post/Redirect/Get and sends the browser to a confirmation page.',
      'An asynchronous job status resource redirects to the finished result once the job started with 202 completes.',
      'Linked Data servers such as DBpedia redirect a `/resource/` URI for a real-world thing to a `/page/` or `/data/` document with 303.',
    ],
    fixesForVisitors: [
      'Nothing to fix: after submitting a form you are moved to a result page, and reloading that page will not submit again.',
      'If the result page fails to load, go back to the site and check whether your submission was saved before submitting it a second time.',
    ],
    fixesForDevelopers: [
      'Always send `Location` with an absolute or root-relative URL; a 303 without it leaves the client with nowhere to go.',
      'Use 303 after POST, PUT, PATCH or DELETE in server-rendered apps, so a browser refresh repeats a harmless GET, not the write.',
      'With Turbo or htmx, answer non-GET form submissions with 303 (not 302), otherwise some clients re-send the original method.',
      'Verify with `curl -i -X POST -d "a=1" https://host/form` that the response is 303 and that `curl -L` then issues a GET to the target.',
    ],
    faq: [
      {
        question: 'What is the difference between 302 and 303?',
        answer:
          'With 303 the client must fetch the new URL with GET or HEAD; with 302 switching a POST to GET is only tolerated, and other methods may be repeated.',
      },
      {
        question: 'Should a form POST answer with 303 or with 200?',
        answer:
          'Prefer 303 to a result page: a 200 page rendered directly from the POST triggers the "Confirm form resubmission" prompt when the user reloads.',
      },
      {
        question: 'Is a 303 See Other response cacheable?',
        answer:
          'Not by default; it is cached only when explicit freshness headers such as `Cache-Control: max-age` are present.',
      },
    ],
    spec: rfc(9110, '15.4.4'),
    headers: [
      header(
        'Location',
        'SHOULD',
        'RFC 9110 defines 303 by the URI in `Location` without a BCP 14 keyword; in practice a 303 without it is useless, so always send it.',
        rfc(9110, '15.4.4'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 302, difference: '302 leaves the follow-up method ambiguous, while 303 always means GET.' },
      { code: 307, difference: '307 repeats the original method at the new URL, the opposite of 303.' },
      { code: 201, difference: '201 describes a newly created resource in place instead of sending the client elsewhere.' },
    ],
  }),
  official({
    code: 304,
    name: 'Not Modified',
    aliases: [],
    fault: 'none',
    faultNote:
      'When users see outdated files even though the server answers 304, the server\'s validators are at fault (an unchanged `ETag` after a deploy), not the browser.',
    summary:
      'Answer to a conditional GET or HEAD: the client\'s stored copy is still current, so it should use that copy; no body is sent.',
    meaning:
      'A 304 replaces a 200 when the request carried a condition such as `If-None-Match` or `If-Modified-Since` and that condition shows the client already holds the current representation. The server sends only headers, and must include any of `Content-Location`, `Date`, `ETag`, `Vary`, `Cache-Control` and `Expires` that a 200 would have carried, so caches can refresh their stored metadata. Other representation headers should be left out unless they help update the cache. A 304 cannot contain content. It is a redirect only in the sense that it sends the client to its own cache; unlike 412, which answers failed preconditions on other methods, it is the normal outcome of revalidation.',
    causes: [
      'The browser revalidated a stale cached file with `If-None-Match: "<etag>"` and the server\'s `ETag` still matched.',
      'Express (through the `fresh` module), nginx static files, Apache and most CDNs answer conditional GETs with 304 out of the box.',
      'A CDN or reverse proxy revalidated its cached object with the origin and received 304.',
      'A client library or your own code sent `If-Modified-Since` or `If-None-Match` explicitly, so fetch or Axios exposes the 304 instead of the cached 200.',
      'A load balancer spreads requests across servers whose `ETag` values differ for the same file, so 304 happens only by chance.',
    ],
    fixesForVisitors: [
      'Nothing to fix: 304 means your browser already had the latest copy, which makes the page load faster.',
      'If a page still shows old content, do a hard reload (Ctrl+Shift+R or Cmd+Shift+R) to bypass the conditional request.',
    ],
    fixesForDevelopers: [
      'Use content-hashed asset file names (`app.3f9a1c.js`) with `Cache-Control: max-age=31536000, immutable` so deploys never rely on revalidation.',
      'Make `ETag` change whenever the bytes change and be identical across all servers behind the balancer; avoid inode-based ETags (old Apache `FileETag INode`).',
      'Check with `curl -I -H "If-None-Match: \\"<etag>\\"" https://host/file` that you get 304 with the same `ETag` and the `Cache-Control` of the 200.',
      'If your JavaScript sets conditional headers itself, handle `status === 304` explicitly; Axios rejects it by default because it is not 2xx.',
      'Never send a body on 304, and never answer 304 to a request that carried no condition.',
    ],
    faq: [
      {
        question: 'Is 304 Not Modified an error?',
        answer:
          'No. It is the success path of cache revalidation, and a page full of 304s in DevTools means caching works.',
      },
      {
        question: 'What is the difference between 304 and "200 (from disk cache)"?',
        answer:
          'A 304 costs a round trip to the server to confirm the copy; a cache hit shown as 200 from disk cache needs no request at all because the copy was still fresh.',
      },
      {
        question: 'Why does my fetch call see 304 when my colleague sees 200?',
        answer:
          'Browsers normally turn a 304 into the cached 200 for scripts; you only see 304 when your own code added `If-None-Match` or `If-Modified-Since` to the request.',
      },
      {
        question: 'What is the difference between 304 and 412?',
        answer:
          'A failed `If-None-Match` on GET or HEAD yields 304; a failed precondition on other methods, or a failed `If-Match`, yields 412.',
      },
    ],
    spec: rfc(9110, '15.4.5'),
    headers: [
      header('ETag', 'MUST', 'Send it if a 200 to the same request would have carried it.', rfc(9110, '15.4.5')),
      header('Cache-Control', 'MUST', 'Send it if a 200 to the same request would have carried it.', rfc(9110, '15.4.5')),
      header('Content-Location', 'MUST', 'Send it if a 200 to the same request would have carried it.', rfc(9110, '15.4.5')),
      header('Date', 'MUST', 'Send it if a 200 to the same request would have carried it.', rfc(9110, '15.4.5')),
      header('Expires', 'MUST', 'Send it if a 200 to the same request would have carried it.', rfc(9110, '15.4.5')),
      header('Vary', 'MUST', 'Send it if a 200 to the same request would have carried it.', rfc(9110, '15.4.5')),
    ],
    bodyAllowed: false,
    cacheableByDefault: false,
    related: [
      { code: 200, difference: '200 sends the full representation, as the server does when the condition shows the client copy is outdated.' },
      { code: 412, difference: '412 reports a failed precondition for state-changing methods or `If-Match`, not a valid cache.' },
      { code: 206, difference: '206 resumes a transfer with part of the body, where 304 confirms the whole stored copy.' },
    ],
  }),
  official({
    code: 305,
    name: 'Use Proxy',
    aliases: [],
    fault: 'none',
    faultNote:
      'Modern clients refuse 305 for security reasons, so a server that still sends it is misconfigured; the visitor cannot act on it.',
    summary:
      'Deprecated code that once told the client to repeat the request through a proxy named in `Location`; clients now ignore it.',
    meaning:
      'Older HTTP specifications used 305 to say the resource must be accessed through the proxy given in `Location`. Because it let any server reconfigure a client\'s proxy for a request, it was a security risk, and RFC 7231 deprecated it; RFC 9110 only keeps the registration and the note that it is deprecated. Browsers such as Firefox and Chrome do not follow it. Proxy configuration today happens in the client (system settings, PAC files, `HTTP_PROXY` variables), and a proxy that requires authentication answers 407 instead.',
    causes: [
      'Legacy server or appliance firmware that still emits 305 to steer clients to a gateway.',
      'A hand-written handler that picked 305 from a status-code list to mean "go through our proxy".',
      'A test or mock server that cycles through every registered status code.',
      'An old intranet setup from the HTTP/1.1 (RFC 2616) era that was never updated.',
    ],
    fixesForVisitors: [
      'You cannot fix this in the browser; configure the network proxy your organisation requires in system settings, or contact their IT support.',
      'Tell the site owner the page answers "305 Use Proxy", which current browsers no longer act on.',
    ],
    fixesForDevelopers: [
      'Stop sending 305; configure proxies on the client side with PAC/WPAD, system proxy settings or `HTTPS_PROXY` variables.',
      'If a proxy needs credentials, have the proxy answer 407 with `Proxy-Authenticate`.',
      'If the resource really moved, use 307 or 308 to the new URL instead of pointing clients at a proxy.',
      'Find the emitter with `curl -sI https://host/path` and look at `Server` and `Via` headers to see which layer produces the 305.',
    ],
    faq: [
      {
        question: 'Do browsers follow 305 Use Proxy?',
        answer:
          'No. Major browsers ignore it because obeying a server\'s request to switch proxies would let attackers redirect traffic.',
      },
      {
        question: 'Is 305 Use Proxy still a valid status code?',
        answer:
          'It remains registered but is deprecated since RFC 7231; do not generate it in new software.',
      },
      {
        question: 'What should I use instead of 305?',
        answer:
          'Configure proxies on the client; use 407 when a proxy needs authentication and 307 or 308 when the resource has moved.',
      },
    ],
    spec: rfc(9110, '15.4.6'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 407, difference: '407 is how a proxy in the path asks for credentials, rather than a server naming a proxy.' },
      { code: 306, difference: '306 was the proposed "Switch Proxy" follow-up to 305 and is now only reserved.' },
      { code: 307, difference: '307 redirects to another URL without involving proxy configuration.' },
    ],
  }),
  official({
    code: 306,
    name: '(Unused)',
    aliases: ['Switch Proxy', 'Reserved'],
    fault: 'none',
    faultNote:
      'No specification gives 306 a meaning today, so a 306 on the wire is a bug in whichever server or proxy produced it.',
    summary:
      'Reserved and unused: 306 had a meaning only in a draft of HTTP/1.1 ("Switch Proxy") and must not be sent.',
    meaning:
      'RFC 9110 says the 306 code was defined in a previous version of the specification, is no longer used, and stays reserved so nobody assigns it a new meaning. It came from an early HTTP/1.1 draft where "Switch Proxy" would have told a client to use a different proxy for subsequent requests, an idea dropped for the same security reasons that deprecated 305. Because it is reserved rather than unassigned, libraries sometimes list it with names like "Switch Proxy" or "Unused". A client receiving 306 should treat it like a generic 3xx, which without a usable `Location` means it cannot proceed.',
    causes: [
      'A server or framework picked 306 from an outdated status table that still lists "Switch Proxy".',
      'A custom application reused the unused number for its own signal.',
      'A mock server or fuzzing tool sends every number between 300 and 399.',
      'A buggy proxy rewrote another status code into 306.',
    ],
    fixesForVisitors: [
      'Nothing you can do in the browser; report the page to the site owner, as the server sent a status code that has no meaning.',
      'Try the site again later, since such responses usually come from a temporary misconfiguration.',
    ],
    fixesForDevelopers: [
      'Replace 306 with a meaningful code: 307/308 for redirects, 407 for proxy authentication, or a 4xx or 5xx for errors.',
      'Search the code base for `306` and constants such as `SWITCH_PROXY` or `Unused` to find the sender.',
      'Make clients treat any unknown 3xx like 300, as RFC 9110 requires for unrecognised codes of a class, instead of crashing.',
      'Check intermediaries with `curl -sv` from both sides of each proxy to see which hop introduces the 306.',
    ],
    faq: [
      {
        question: 'What did 306 Switch Proxy mean?',
        answer:
          'In an early HTTP/1.1 draft it would have told the client to send later requests through a given proxy; it never became part of a published standard.',
      },
      {
        question: 'Can I use 306 for my own purposes?',
        answer:
          'No. It is reserved by RFC 9110 so that it is not given a new meaning; define your signal in the response body or a header instead.',
      },
      {
        question: 'How should a client handle an unexpected 306?',
        answer:
          'As a generic 3xx: follow `Location` only if one is present and otherwise report the response as not actionable.',
      },
    ],
    spec: rfc(9110, '15.4.7'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 305, difference: '305 is the deprecated but still defined "Use Proxy" code; 306 has no meaning at all.' },
      { code: 300, difference: '300 is what a client falls back to for an unrecognised 3xx such as 306.' },
    ],
  }),
  official({
    code: 307,
    name: 'Temporary Redirect',
    aliases: [],
    fault: 'none',
    summary:
      'Temporary redirect that must be followed with the same method and body, so a POST stays a POST at the URL in `Location`.',
    meaning:
      'A 307 says the target resource is temporarily under a different URI, and if the user agent follows it automatically it must not change the request method. Clients should keep using the original URL for future requests, because the redirect may change. The server should send the temporary URI in `Location`. It was added in HTTP/1.1 because clients had come to treat 302 as "repeat with GET"; 307 carries the original strict meaning. Compared with 308 the move is temporary, and compared with 303 the method is preserved instead of switched to GET.',
    causes: [
      'Chrome and other browsers show "307 Internal Redirect" (with `Non-Authoritative-Reason: HSTS`) when HSTS upgrades an `http://` URL to HTTPS without any network request.',
      'ASP.NET Core `app.UseHttpsRedirection()` uses 307 by default, and `RedirectPreserveMethod()` returns it explicitly.',
      'Next.js `redirects()` entries with `permanent: false` and Vercel temporary redirects use 307.',
      'Amazon S3 answers 307 Temporary Redirect for a new bucket until its regional DNS name has propagated.',
      'A load balancer or maintenance rule temporarily moves traffic to another host while keeping POST bodies intact.',
    ],
    fixesForVisitors: [
      'Nothing to fix: the site temporarily sends you to another address, or your browser switched to the secure HTTPS version.',
      'If a form submission keeps failing after a redirect, reload the form page and send it again; a temporary redirect may have changed in between.',
    ],
    fixesForDevelopers: [
      'Use 307 whenever a non-GET request must be replayed at the new URL; 302 may turn it into a GET and lose the body.',
      'Remember clients resend the full body on a 307, so large uploads are sent twice; point upload clients at the final URL directly.',
      'Follow it with curl using `curl -L -X POST -d @payload.json ...`; curl keeps the method for 307 and 308.',
      'When DevTools shows a 307 with `Non-Authoritative-Reason: HSTS`, the browser made it up from the HSTS policy; no server rule is involved.',
      'Switch to 308 once a temporary move becomes permanent, so caches and search engines learn the new address.',
    ],
    faq: [
      {
        question: 'Why does Chrome show "307 Internal Redirect"?',
        answer:
          'The site is on the browser\'s HSTS list, so the browser rewrote `http://` to `https://` itself; the 307 never came from a server.',
      },
      {
        question: 'What is the difference between 307 and 308?',
        answer:
          'Both keep the method and body. 307 is temporary, so clients keep the old URL; 308 is permanent and cacheable by default.',
      },
      {
        question: 'Does a 307 redirect resend the POST body?',
        answer:
          'Yes. The user agent must repeat the same method, and with it the request content, at the new location.',
      },
    ],
    spec: rfc(9110, '15.4.8'),
    headers: [
      header('Location', 'SHOULD', 'Give the temporary URL; the client repeats the same method and body there.', rfc(9110, '15.4.8')),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 302, difference: '302 lets clients switch POST to GET when following it, which 307 forbids.' },
      { code: 308, difference: '308 is the permanent, method-preserving counterpart of 307.' },
      { code: 303, difference: '303 always switches to GET; 307 never does.' },
    ],
  }),
  official({
    code: 308,
    name: 'Permanent Redirect',
    aliases: ['Resume Incomplete'],
    fault: 'none',
    summary:
      'Permanent redirect that must be followed with the same method and body; future requests should go straight to the URL in `Location`.',
    meaning:
      'A 308 says the target has a new permanent URI, that future references should use it, and that a client following it must not change the method. It was first specified in 2014 (RFC 7238, later RFC 7538) and is now part of RFC 9110, which notes it may not be recognised everywhere because it is younger than its siblings. It combines the permanence of 301 with the method-preserving rule of 307. A 308 is heuristically cacheable, so browsers remember it like a 301. Separately, Google\'s resumable upload protocol reuses 308 under the name "Resume Incomplete" for a different purpose.',
    causes: [
      'Flask and other Werkzeug apps redirect a URL missing its trailing slash with 308 (Werkzeug 2.0 and later).',
      'Next.js `redirects()` entries with `permanent: true` and `vercel.json` redirects marked permanent produce 308.',
      'ASP.NET Core `RedirectPermanentPreserveMethod()` or `UseHttpsRedirection` configured with `Status308PermanentRedirect`.',
      'An API moved to a new base path or version and keeps old endpoints working for POST and PUT clients.',
      'Google Cloud Storage and Google Drive resumable uploads answer 308 ("Resume Incomplete") with a `Range` header listing the bytes received so far.',
    ],
    fixesForVisitors: [
      'Update bookmarks to the new address; the old one will keep redirecting for now.',
      'If an old browser or app cannot open the page, update it, because some very old clients do not understand 308.',
    ],
    fixesForDevelopers: [
      'Use 308 rather than 301 for permanent moves of endpoints that receive POST, PUT, PATCH or DELETE.',
      'Check very old clients you must support (for example Internet Explorer 11 on Windows 7) and fall back to 301 for plain page URLs if they matter.',
      'In a Google resumable upload, a 308 is not a redirect: read the `Range` header and continue uploading from the next byte.',
      'Confirm with `curl -sI https://host/old-path` that `Location` is correct, and set a short `Cache-Control: max-age` while testing, since browsers cache 308 like 301.',
      'Watch for trailing-slash ping-pong between a framework adding the slash and a proxy or CDN stripping it, which shows up as a 308 loop.',
    ],
    faq: [
      {
        question: 'Should I use 301 or 308?',
        answer:
          'For pages fetched with GET they behave the same. For endpoints that receive POST or PUT, use 308 so the method and body survive the redirect.',
      },
      {
        question: 'Why does my Google Cloud Storage upload return 308?',
        answer:
          'In the resumable upload protocol 308 means "Resume Incomplete": the server stored part of the file and the `Range` header says how much, so send the rest.',
      },
      {
        question: 'Is 308 Permanent Redirect supported by all browsers?',
        answer:
          'All current browsers support it; only very old versions (such as Internet Explorer on older Windows releases) treat it as an unknown 3xx.',
      },
    ],
    spec: rfc(9110, '15.4.9'),
    headers: [
      header('Location', 'SHOULD', 'Give the new permanent URL; the client repeats the same method and body there.', rfc(9110, '15.4.9')),
    ],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 301, difference: '301 is also permanent but lets clients change POST to GET.' },
      { code: 307, difference: '307 preserves the method too but marks the move as temporary.' },
      { code: 302, difference: '302 is temporary and may turn a POST into a GET, the opposite on both counts.' },
    ],
  }),
];
