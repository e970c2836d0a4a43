// Catalog content for 400–415. Names follow the IANA HTTP Status Code Registry; sections and
// header rules were checked against the text of RFC 9110 (§15.5.1–§15.5.16, §12.5.3).
import type { HttpStatus } from '../types';
import { official } from './define';
import { header, rfc } from './spec';

export const ENTRIES: readonly HttpStatus[] = [
  official({
    code: 400,
    name: 'Bad Request',
    aliases: [],
    fault: 'client',
    faultNote:
      "Usually the client sent something malformed, but not always: a site that piles up cookies can push a visitor's request past the server's header limit, and a proxy that rewrites requests can break their framing.",
    summary:
      'The server will not process the request because it looks broken: bad syntax, bad framing, a body that does not parse, or routing that looks deceptive.',
    meaning:
      "RFC 9110 gives 400 as the catch-all for requests the server perceives as a client mistake, naming malformed syntax, invalid message framing and deceptive request routing as examples. It is the generic member of the 4xx class: a client that meets an unknown 4xx code is told to treat it like 400. When a more precise code fits, it is the better answer: 415 for a format the endpoint does not take, 413 for an oversized body, 414 for an overlong URI, 431 for oversized header fields, and 422 when the content parses but makes no sense. APIs still widely use 400 for failed input validation, and the response body is where the useful detail lives.",
    causes: [
      'A JSON body with a syntax error, such as a trailing comma or single quotes: Express `express.json()` rejects it with 400 and error type `entity.parse.failed`, and Spring throws `HttpMessageNotReadableException`.',
      'A single header or cookie larger than one nginx buffer from `large_client_header_buffers`: nginx answers 400 with the page title "Request Header Or Cookie Too Large".',
      'Django rejects a `Host` header that is not listed in `ALLOWED_HOSTS` (`DisallowedHost`) with 400, a typical deceptive-routing check.',
      'Plain HTTP sent to a TLS port: nginx replies 400 with "The plain HTTP request was sent to HTTPS port".',
      'Model validation failure in ASP.NET Core controllers marked `[ApiController]`, which return an automatic 400 with a `ValidationProblemDetails` body.',
      'Broken framing, for example both `Content-Length` and `Transfer-Encoding: chunked` in one request, or a `Content-Length` that does not match the bytes sent.',
    ],
    fixesForVisitors: [
      "Clear this site's cookies (or try a private window): a bloated cookie jar is the most common reason a browser gets 400 on every page of one site.",
      'Retype or re-copy the address; a stray `%` or an unencoded space pasted into the URL can make the request unparseable.',
      'If a form keeps failing with 400, reload the page to get a fresh form before submitting again.',
    ],
    fixesForDevelopers: [
      'Read the response body first: most frameworks say which field or byte offset failed, and it is the only hint a bare 400 gives.',
      "Validate the JSON you send (`echo \"$BODY\" | jq .`) and make sure `Content-Type: application/json` matches what you actually serialize.",
      'Reproduce with `curl -v` and compare the raw request with a working one; look at `Host`, `Content-Length` and any hand-built headers.',
      'For "Request Header Or Cookie Too Large", shrink or scope the cookies your site sets, or raise `large_client_header_buffers` in nginx as a stopgap.',
      'Behind a proxy, check that it forwards the original `Host` and does not re-chunk a body while keeping a stale `Content-Length`.',
      'In your own API, return 400 with a machine-readable error body (for example `application/problem+json`, RFC 9457) naming the failing field.',
    ],
    faq: [
      {
        question: 'Should a REST API use 400 or 422 for validation errors?',
        answer:
          'Both are defensible. 422 is the more precise choice when the body parsed fine but its values are wrong; 400 fits when the request cannot be parsed at all. Pick one convention and document it.',
      },
      {
        question: 'Why does one site give me 400 on every page while others work?',
        answer:
          "That pattern almost always points to that site's cookies: their combined size exceeds what the server accepts in a header. Deleting the site's cookies fixes it for the visitor.",
      },
      {
        question: 'Is retrying a request that got 400 a good idea?',
        answer:
          'Not unchanged. The server judged the request itself to be wrong, so sending the same bytes again will fail the same way; fix the request first.',
      },
    ],
    spec: rfc(9110, '15.5.1'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 422, difference: '422 means the content parsed correctly but its instructions cannot be carried out; 400 covers requests that are malformed.' },
      { code: 415, difference: '415 says the body is in a format this endpoint does not accept, rather than being broken.' },
      { code: 431, difference: '431 names oversized header fields specifically; nginx reports the same situation as a plain 400.' },
    ],
  }),
  official({
    code: 401,
    name: 'Unauthorized',
    aliases: ['Authorization Required'],
    fault: 'client',
    faultNote:
      'The server can cause it too: a restart that wipes an in-memory session store logs every user out at once, and a proxy that drops the `Authorization` header makes valid credentials look missing.',
    summary:
      'The request carries no valid credentials for this resource; authenticate (or re-authenticate) and send the request again.',
    meaning:
      "Despite the name, 401 is about authentication, not permission: the request was not applied because it lacks credentials the server accepts. RFC 9110 requires the response to carry a `WWW-Authenticate` header with at least one challenge, which tells the client which scheme to use (Basic, Bearer, Digest and so on). If credentials were sent, the 401 means they were rejected, and the client may retry with new ones. That is the line between 401 and 403: 401 says \"I don't know who you are\", 403 says \"I know, and the answer is still no\". A proxy asking for its own credentials uses 407 instead.",
    causes: [
      'An expired or malformed bearer token; JWT libraries also reject tokens whose `exp` or `nbf` is off because of clock skew between machines.',
      'A CORS preflight `OPTIONS` request hit an auth guard: browsers never attach credentials to preflights, so requiring auth on `OPTIONS` yields 401 and a CORS error.',
      'The app kept sessions in process memory (such as `express-session` with its default `MemoryStore`) and a restart or a second instance lost them.',
      'Apache with mod_wsgi strips the `Authorization` header before it reaches the Python app unless `WSGIPassAuthorization On` is set.',
      'A redirect to another host: curl and browsers drop the `Authorization` header when the redirect changes origin, so the second request arrives without it.',
      'A typo in the scheme, such as `Authorization: bearer<token>` without the space, or sending an API key in a header name the server does not read.',
    ],
    fixesForVisitors: [
      'Sign in again; your session or login token has probably expired.',
      'If a browser login box keeps reappearing, the username or password is being rejected; check for caps lock and saved passwords that are out of date.',
      'Clear the cookies for this site and log in fresh if signing in appears to succeed but pages still refuse you.',
    ],
    fixesForDevelopers: [
      'Read the `WWW-Authenticate` response header: with Bearer tokens the `error` parameter (`invalid_token`, `invalid_request`) says what was wrong (RFC 6750 §3).',
      'Replay with `curl -i -H "Authorization: Bearer $TOKEN" https://host/path` to separate a client bug from a server one.',
      'Decode the JWT (header and payload are base64url) and compare `exp`, `nbf`, `aud` and `iss` with what the API expects; allow a small clock tolerance.',
      'Let `OPTIONS` preflights through your auth middleware so CORS can complete before any credentialed call.',
      'Always send `WWW-Authenticate` with your 401s; use `Bearer` rather than `Basic` for XHR/fetch APIs, because a Basic challenge pops up the browser login dialog.',
      'Move sessions to a shared store (Redis, a database) when you run more than one instance or deploy often.',
    ],
    faq: [
      {
        question: 'What is the difference between 401 Unauthorized and 403 Forbidden?',
        answer:
          '401 means the server has no acceptable credentials from you, and logging in could change the outcome. 403 means it knows who you are (or does not care) and refuses anyway.',
      },
      {
        question: 'Is a 401 without a WWW-Authenticate header valid?',
        answer:
          'No. RFC 9110 §15.5.2 says a server generating 401 MUST send `WWW-Authenticate` with at least one challenge; APIs that want to avoid the browser dialog should use a non-Basic scheme rather than omit it.',
      },
      {
        question: 'Why does the browser show a username and password popup on a 401?',
        answer:
          'Browsers show that dialog when the challenge uses the Basic (or Digest) scheme. A `Bearer` challenge or a custom scheme does not trigger it.',
      },
      {
        question: 'Why is my 401 actually a CORS error in the console?',
        answer:
          'The preflight `OPTIONS` request was rejected with 401 because it carries no credentials by design, so the browser blocks the real request and reports a CORS failure.',
      },
    ],
    spec: rfc(9110, '15.5.2'),
    headers: [
      header(
        'WWW-Authenticate',
        'MUST',
        'At least one challenge that applies to the target resource, for example `Bearer realm="api"` or `Basic realm="admin", charset="UTF-8"`.',
        rfc(9110, '15.5.2'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 403, difference: '403 refuses an identified client; new credentials are not expected to help.' },
      { code: 407, difference: '407 is the same challenge coming from a proxy on the path, answered with `Proxy-Authorization`.' },
      { code: 404, difference: 'Some APIs answer 404 instead of 401/403 to avoid revealing that a private resource exists.' },
    ],
  }),
  official({
    code: 402,
    name: 'Payment Required',
    aliases: [],
    fault: 'client',
    faultNote:
      'Nothing is wrong with the request itself: when a service sends 402 the blocker is an account, plan or billing state, which neither the client code nor the server code can fix.',
    summary:
      'Reserved by RFC 9110 for future use; in practice some services send it when an account must pay, top up or upgrade before the request will be served.',
    meaning:
      'RFC 9110 defines 402 only as reserved for future use, so there is no standard meaning, header or client behaviour attached to it. Vendors have filled the gap with their own conventions: Stripe uses 402 when a well-formed request failed, typically a declined card, and Shopify uses it for a shop whose store is frozen over unpaid bills. Newer proposals for machine-to-machine micropayments also build on it. Because generic clients only know it as a 4xx, the response body is the only place the real reason appears. If you are designing an API, 403 with a clear error code is the conservative choice for a billing block.',
    causes: [
      'Stripe: a charge or PaymentIntent was declined by the card issuer, or another request that was valid but could not be completed.',
      "Shopify Admin API: the shop is frozen because the merchant's Shopify bill is unpaid.",
      'A SaaS API has run out of prepaid credits or the trial has ended, and the vendor signals it with 402.',
      'A hosting platform disabled a deployment or project over an unpaid invoice and serves 402 to visitors.',
      'Experimental pay-per-request schemes that return 402 along with payment instructions for an automated client.',
    ],
    fixesForVisitors: [
      'Check the billing page of the service: an expired card, a failed renewal or an exhausted plan is the usual reason.',
      "If you are a visitor to someone else's site, nothing you do will fix it; the site owner must settle their account with the host.",
    ],
    fixesForDevelopers: [
      'Read the error object in the body; Stripe puts the reason in `error.code` and `error.decline_code`, for example `card_declined` or `insufficient_funds`.',
      'Check the account or workspace billing status for the API key you use; a test key and a live key can belong to accounts in different states.',
      'Do not retry 402 automatically in a loop: card declines need a different payment method, and quota blocks need a top-up.',
      'If you run the API, document exactly when you return 402, because client libraries have no built-in handling for it.',
      'Prefer 403 with a specific error code (or 429 for rate-based limits) over 402 for new APIs, unless your clients are written to understand your 402 contract.',
    ],
    faq: [
      {
        question: 'Is 402 Payment Required an official status code?',
        answer:
          'It is registered with IANA and listed in RFC 9110, but only as reserved for future use. There is no standardized behaviour behind it.',
      },
      {
        question: 'Why does Stripe return 402 for a declined card?',
        answer:
          'Stripe uses 402 to mean the parameters were valid but the request still failed, which most often is an issuer decline. The details are in the error object of the response.',
      },
      {
        question: 'Should my API return 402 when a subscription has lapsed?',
        answer:
          'You may, since nothing forbids it, but clients will not know what to do with it. A 403 carrying a documented error code such as `subscription_inactive` is easier to handle generically.',
      },
    ],
    spec: rfc(9110, '15.5.3'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 403, difference: '403 is the standard way to refuse a request; 402 has no defined semantics beyond being reserved.' },
      { code: 429, difference: '429 means too many requests in a time window, which waiting fixes; a 402 quota block usually needs payment.' },
      { code: 401, difference: '401 asks for credentials; a 402 arrives even when the caller is fully authenticated.' },
    ],
  }),
  official({
    code: 403,
    name: 'Forbidden',
    aliases: [],
    fault: 'client',
    faultNote:
      'Often a server-side setup problem rather than a bad request: file permissions the web server cannot read, a directory with no index file, an over-eager WAF rule or a bucket policy can all produce 403 for requests that should succeed.',
    summary:
      'The server understood the request and refuses to carry it out; who you are (or where you come from) is not allowed to do this.',
    meaning:
      'A 403 is a deliberate refusal: the request was understood, and the server will not fulfil it. If credentials were sent, the server considers them insufficient, and RFC 9110 says the client should not automatically repeat the request with the same credentials, though it may try different ones. The refusal need not be about identity at all; IP blocks, CSRF checks and WAF rules also answer 403. A server that wants to hide that a resource exists at all may answer 404 instead. Unlike 401, a 403 carries no challenge, because logging in again is not expected to change the answer.',
    causes: [
      'Django CSRF protection rejected a POST without a valid token, showing "CSRF verification failed. Request aborted."; Spring Security does the same for missing CSRF tokens.',
      'nginx serving a directory with no `index` file and `autoindex off`, logged as "directory index of ... is forbidden".',
      'The web server user cannot read the file or traverse a parent directory (Unix permissions or SELinux labels), so nginx or Apache returns 403.',
      'Amazon S3 answers `AccessDenied` (403) when the bucket policy blocks the caller, and also for a missing key when the caller lacks `s3:ListBucket`.',
      'A WAF or CDN rule blocked the client, such as Cloudflare error 1020 (Access denied) or an IP or country block.',
      'An OAuth token that is valid but lacks the needed scope or role; RFC 6750 APIs signal `insufficient_scope` in this case.',
    ],
    fixesForVisitors: [
      'Make sure you are signed in with the account that actually has access; a work and a personal account are easy to mix up.',
      'Turn off a VPN or proxy and try again, since many sites block data-centre or foreign IP ranges with 403.',
      'Reload the page before resubmitting a form: an expired CSRF token in an old tab is a common reason for 403 on submit.',
      'If you believe you should have access, ask the site owner; a 403 is a policy decision you cannot bypass from your side.',
    ],
    fixesForDevelopers: [
      'Look at which layer sent it: compare the response `Server` header and body with your app, CDN (`cf-ray`, `x-amz-cf-id`) and WAF error pages.',
      'For static files, check `namei -l /path/to/file` so every directory on the path is executable and the file readable by the web server user.',
      'For S3 denials, run `aws s3api head-object --bucket B --key K` with the same credentials and check the bucket policy, IAM policy and Block Public Access settings.',
      "For CSRF 403s, confirm the token is rendered into the form or sent as a header (Django's `X-CSRFToken`), and that the CSRF cookie is not blocked by `SameSite` or the domain setting.",
      'Decode the access token and compare its scopes or roles with what the endpoint requires; return `insufficient_scope` in `WWW-Authenticate` if you use RFC 6750.',
      'Put a short, non-sensitive reason in the body of your own 403s so users and support can tell a permission gap from a block rule.',
    ],
    faq: [
      {
        question: 'Should I return 403 or 401 when the token is valid but lacks the required role?',
        answer:
          '403. The client is authenticated, so a new login would not help; 401 is for missing or rejected credentials.',
      },
      {
        question: 'When should a server answer 404 instead of 403?',
        answer:
          'When admitting that the resource exists would itself leak information, such as a private repository. RFC 9110 explicitly allows 404 for hiding a forbidden resource.',
      },
      {
        question: 'Why does my Django REST Framework API return 403 for an unauthenticated request?',
        answer:
          'DRF falls back to 403 when the first authentication class cannot supply a `WWW-Authenticate` header, as with `SessionAuthentication`. With a token scheme first, the same request gets 401.',
      },
      {
        question: 'Can retrying a 403 ever help?',
        answer:
          'Only if something changes: different credentials, a fresh CSRF token, or a different network. The spec tells clients not to repeat the same request with the same credentials automatically.',
      },
    ],
    spec: rfc(9110, '15.5.4'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 401, difference: '401 invites the client to authenticate and carries a `WWW-Authenticate` challenge; 403 does not.' },
      { code: 404, difference: 'A server may disguise a 403 as 404 so the resource does not appear to exist.' },
      { code: 451, difference: '451 is a refusal for legal reasons, such as a court order, rather than a policy or permission.' },
    ],
  }),
  official({
    code: 404,
    name: 'Not Found',
    aliases: [],
    fault: 'client',
    faultNote:
      'A mistyped address is the visitor\'s doing, but a broken link on our own pages, a deploy that forgot a route, or a missing SPA fallback is the site\'s fault while still showing as a "client" error.',
    summary:
      'The server has nothing to serve at this URL, or will not admit that anything is there; it says nothing about whether that is temporary.',
    meaning:
      'A 404 means the origin server found no current representation for the target URI, or is unwilling to say that one exists. It deliberately makes no promise about permanence; when the server knows a resource is gone for good, 410 is the better answer. It is also the accepted way to hide a forbidden resource, which is why GitHub answers 404 for private repositories you cannot see. Unlike most errors, a 404 is heuristically cacheable, so browsers and CDNs may reuse it for a while unless `Cache-Control` says otherwise. A 404 concerns the URL; a known URL that rejects the method is 405.',
    causes: [
      'An unmatched route in Express falls through to the default handler, which sends 404 with "Cannot GET /path".',
      'A single-page app refreshed on a deep link: the static server looks for a file at `/dashboard/settings` and finds none because nginx lacks `try_files $uri /index.html`.',
      'A case or trailing-slash mismatch that works on macOS or Windows during development and fails on a case-sensitive Linux server.',
      'The app is mounted under a sub-path (a reverse proxy `location /app/`) but links and assets are generated for the root, or `basename`/`PUBLIC_URL` is not set.',
      'The record was deleted or the ID is wrong, and the API maps "no row found" to 404.',
      'A private resource hidden on purpose: GitHub and many APIs return 404 rather than 403 when you are not allowed to see it.',
    ],
    fixesForVisitors: [
      'Check the address for typos, stray characters at the end, or letters in the wrong case.',
      "Go to the site's home page or use its search; the page may have moved to a new address.",
      'If you followed a link from another site, that link is probably outdated; a web archive may still have a copy of the old page.',
    ],
    fixesForDevelopers: [
      'Check the exact path the server received in its access log; proxies that strip or add a prefix are a frequent source of surprise 404s.',
      'For SPAs, add a fallback to `index.html` for client-side routes (nginx `try_files $uri $uri/ /index.html;`, or the host\'s rewrite rule).',
      'Run `curl -I https://host/path` with and without a trailing slash to see how your router treats each form.',
      'Crawl your own site (for example with a link checker in CI) so broken internal links are caught before users see them.',
      'When content moves, answer the old URL with 301 or 308 to the new one instead of letting it 404.',
      'Set `Cache-Control` on error pages deliberately: a 404 cached by a CDN can outlive the deploy that fixed it.',
    ],
    faq: [
      {
        question: 'Should a REST API return 404 or an empty list for a search with no results?',
        answer:
          'An empty list with 200. The collection or search endpoint exists; it just matched nothing, and 404 would wrongly suggest the endpoint itself is missing.',
      },
      {
        question: 'What is the difference between 404 and 410?',
        answer:
          '410 states that the resource is gone on purpose and will not return. 404 makes no claim either way, so it is the safe default when you do not know.',
      },
      {
        question: 'Can a 404 response be cached?',
        answer:
          'Yes. RFC 9110 lists 404 as heuristically cacheable, so caches may store it without explicit freshness headers; send `Cache-Control: no-store` or a short `max-age` if that would hurt.',
      },
      {
        question: 'Why does my single-page app show 404 only after a page refresh?',
        answer:
          'In-app navigation never asks the server for the deep URL, but a refresh does, and the server has no file at that path. A fallback rule to `index.html` fixes it.',
      },
    ],
    spec: rfc(9110, '15.5.5'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 410, difference: '410 says the removal is intentional and permanent; 404 leaves it open.' },
      { code: 403, difference: '403 admits the resource exists but refuses access; 404 may be used to hide exactly that.' },
      { code: 405, difference: '405 means the URL exists but does not support this method.' },
    ],
  }),
  official({
    code: 405,
    name: 'Method Not Allowed',
    aliases: [],
    fault: 'client',
    faultNote:
      'Often caused on the server side: a route registered for GET only, an IIS module that swallows PUT and DELETE, or a static file server receiving a form POST.',
    summary:
      'The URL exists, but it does not accept the HTTP method used; the required `Allow` header lists the methods it does accept.',
    meaning:
      "A 405 says the server knows the method but the target resource does not support it, for example DELETE on a read-only collection. RFC 9110 requires the response to include an `Allow` header with the resource's currently supported methods, and an empty `Allow` is legal when a resource is temporarily disabled. This differs from 501, which means the server does not recognize the method for any resource, and from 404, which means there is nothing at the URL. A 405 is heuristically cacheable. Not every framework uses it: Express, for instance, answers 404 for a known path with an unregistered method.",
    causes: [
      'A POST to a path that nginx serves as a static file: nginx replies 405 Not Allowed, typical when a form action points at an `.html` file.',
      'Flask or Werkzeug route declared without the method in `methods=[...]`, so a POST to a GET-only route returns 405 with an `Allow` header.',
      'IIS with the WebDAV module enabled intercepts PUT and DELETE before they reach an ASP.NET app, returning 405.',
      'Spring MVC raises `HttpRequestMethodNotSupportedException` when a mapping exists for the path but not for the verb, e.g. `@GetMapping` only.',
      'Django views wrapped in `require_http_methods` or class-based views missing a `post()` method return `HttpResponseNotAllowed`.',
      'An HTTP client that follows a 301/302 after a POST turns it into GET (or the reverse), hitting a handler that accepts only the other method.',
    ],
    fixesForVisitors: [
      'Go back and open the page normally rather than resubmitting a form from history or a bookmark.',
      'There is rarely more a visitor can do: if a site form answers 405, the site is misconfigured and the owner needs to know.',
    ],
    fixesForDevelopers: [
      'Read the `Allow` header of the response (`curl -i -X OPTIONS https://host/path` or repeat the failing call with `-i`) to see what the resource accepts.',
      'Compare the method your client actually sends with the route table, including prefixes and trailing slashes that may route to a different handler.',
      'Use 307 or 308 instead of 301/302 when redirecting endpoints that receive POST, PUT or DELETE, so the method is preserved.',
      'On IIS, remove the WebDAV module and handler for the app in `web.config` if PUT and DELETE should reach your code.',
      'When you return 405 yourself, always set `Allow`; most frameworks do it for you, hand-written handlers often forget.',
    ],
    faq: [
      {
        question: 'Does a 405 response need an Allow header?',
        answer:
          'Yes. RFC 9110 §15.5.6 says the origin server MUST generate `Allow` with the methods the resource currently supports.',
      },
      {
        question: 'What is the difference between 405 and 501?',
        answer:
          '405 is specific to one resource: the server knows the method but this URL does not support it. 501 means the server does not implement that method anywhere.',
      },
      {
        question: 'Why does Express send 404 instead of 405 for the wrong method?',
        answer:
          'Express looks up routes by method and path together, so an unregistered method falls through to the 404 handler. Add a catch-all per route that sends 405 and `Allow` if you want the precise answer.',
      },
      {
        question: 'Can a 405 response be cached?',
        answer:
          'It can: 405 is on the RFC 9110 list of heuristically cacheable codes, so a cache may reuse it unless told otherwise.',
      },
    ],
    spec: rfc(9110, '15.5.6'),
    headers: [
      header(
        'Allow',
        'MUST',
        "List the target resource's currently supported methods, e.g. `Allow: GET, HEAD, OPTIONS`; an empty value means no method is allowed right now.",
        rfc(9110, '15.5.6'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 501, difference: '501 means the server does not support the method for any resource at all.' },
      { code: 404, difference: '404 means there is nothing at the URL; 405 means the URL exists but not for this method.' },
      { code: 403, difference: '403 refuses a supported method for this caller; 405 refuses the method for everyone.' },
    ],
  }),
  official({
    code: 406,
    name: 'Not Acceptable',
    aliases: [],
    fault: 'client',
    faultNote:
      'Frequently a server-side problem: a serializer that cannot write the object, a missing message converter, or a security module that repurposes 406 to block requests it dislikes.',
    summary:
      'The server has no representation that matches what the request asked for in `Accept`, `Accept-Language` or related headers, and will not send a default.',
    meaning:
      'A 406 is the failure case of proactive content negotiation: the request listed what it can accept, through `Accept`, `Accept-Encoding`, `Accept-Language` and similar headers, and the resource has nothing that fits. RFC 9110 says the server should include a list of available representations in the body so the user or user agent can pick one. Servers are free to ignore the negotiation headers and send a default instead, and many do, which is why 406 is rare on the open web and more common in strict API frameworks. The mirror case, where the request body has a format the server cannot read, is 415.',
    causes: [
      'A client sends `Accept: application/xml` (or another single type) to an API that only produces JSON; Spring reports `HttpMediaTypeNotAcceptableException`.',
      'Spring finds no converter that can write the returned object, for example a class without getters, and answers 406 "Could not find acceptable representation".',
      'Express `res.format()` has no handler matching the `Accept` header and no `default` callback, so Express responds 406.',
      'Django REST Framework cannot satisfy `Accept` with any of the view\'s `renderer_classes` and raises `NotAcceptable`.',
      'Some shared hosts configure ModSecurity to block suspicious requests with 406, so a request with an odd user agent or payload gets it.',
      'A `@RequestMapping(produces = ...)` or `[Produces]` attribute narrower than what the client accepts.',
    ],
    fixesForVisitors: [
      'Try another browser or disable extensions that rewrite request headers; browsers normally send `Accept: */*` fallbacks that avoid 406.',
      'If a form submission on a hosted site fails with 406, the host firewall likely flagged its content; contact the site owner.',
    ],
    fixesForDevelopers: [
      'Check the `Accept` header your client sends (`curl -v` shows it) and add `*/*;q=0.1` or the exact type the API produces.',
      "Compare it with what the endpoint declares in `produces` / `[Produces]` or the framework's renderer list.",
      'In Spring, make sure the returned type is serializable (public getters or Jackson annotations) and that the Jackson converter is on the classpath.',
      'In Express, give `res.format()` a `default` handler if a fallback representation is acceptable for your API.',
      'If ModSecurity is involved, look at its audit log for the rule ID and whitelist the false positive instead of disabling the module.',
    ],
    faq: [
      {
        question: 'What is the difference between 406 and 415?',
        answer:
          '406 is about the response: the server cannot produce a format the client accepts. 415 is about the request: the server cannot read the format the client sent.',
      },
      {
        question: 'Is a server obliged to return 406 when Accept does not match?',
        answer:
          'No. RFC 9110 lets a server disregard the negotiation headers and send a default representation, which is often friendlier than an error.',
      },
      {
        question: 'Why does my Spring endpoint return 406 when the Accept header looks right?',
        answer:
          'Spring also uses 406 when no message converter can serialize the returned object. Check for missing getters or a missing Jackson dependency.',
      },
    ],
    spec: rfc(9110, '15.5.7'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 415, difference: '415 concerns the format of the request content, not of the response.' },
      { code: 300, difference: '300 offers several representations to pick from as a success; 406 is the failure when none fits.' },
    ],
  }),
  official({
    code: 407,
    name: 'Proxy Authentication Required',
    aliases: [],
    fault: 'client',
    faultNote:
      'The target site is not involved: a forward proxy on your own network demands credentials, so the fix is in local proxy settings, not in the request to the site.',
    summary:
      'A proxy between you and the site wants you to authenticate to it first; send `Proxy-Authorization` credentials for that proxy.',
    meaning:
      'A 407 works like 401 but comes from a proxy on the path rather than from the origin server. RFC 9110 requires the proxy to send a `Proxy-Authenticate` header containing a challenge that applies to it, and the client may retry with a `Proxy-Authorization` header. Corporate networks often use it for outbound web access, sometimes with NTLM or Negotiate (Kerberos) schemes that command-line tools do not support out of the box. For HTTPS, the 407 arrives in answer to the `CONNECT` that sets up the tunnel, before any request reaches the site. Credentials for the proxy and for the site are separate and travel in separate headers.',
    causes: [
      'A corporate proxy such as Squid with `http_access deny !authenticated` answers unauthenticated clients with 407 (Squid shows it as "Cache Access Denied").',
      'Package managers and CLIs (npm, pip, git, Docker) behind the proxy without credentials in `HTTPS_PROXY` or their own proxy setting.',
      'A proxy password containing `@`, `:` or `#` that was not percent-encoded in `http://user:pass@proxy:8080`, so the credentials are parsed wrongly.',
      'The proxy only offers NTLM or Negotiate, and the tool (for example an older Python `requests`) only speaks Basic.',
      'The Docker daemon or a CI runner uses its own proxy configuration, separate from the shell environment where the variables were set.',
    ],
    fixesForVisitors: [
      "Enter your network or company login when the browser asks for the proxy's credentials.",
      "If you are on an office or school network, ask IT for the proxy settings; on a personal device, check that no leftover proxy is set in the system's network settings.",
    ],
    fixesForDevelopers: [
      'Reproduce with `curl -v -x http://proxy:8080 https://example.com` and read the `Proxy-Authenticate` header to learn which scheme the proxy wants.',
      'Put credentials in the proxy URL with percent-encoding (`http://user:p%40ss@proxy:8080`) or use `curl --proxy-user user:pass`.',
      'For NTLM or Kerberos proxies, use `curl --proxy-ntlm` / `--proxy-negotiate`, or run a local helper such as Cntlm or px that handles the handshake.',
      'Configure each tool where it reads proxy settings: `npm config set https-proxy`, `git config --global http.proxy`, and the Docker daemon `systemd` drop-in or `daemon.json`.',
      'Set `NO_PROXY` for internal hosts so requests to them do not go through the proxy and hit its auth at all.',
    ],
    faq: [
      {
        question: 'How is 407 different from 401?',
        answer:
          '401 comes from the site you are calling and is answered with `Authorization`. 407 comes from a proxy on the way and is answered with `Proxy-Authorization`.',
      },
      {
        question: 'Why do I see "Received HTTP code 407 from proxy after CONNECT" in curl?',
        answer:
          'curl asked the proxy to open an HTTPS tunnel and the proxy refused until you authenticate. Pass credentials with `--proxy-user` or in the proxy URL.',
      },
      {
        question: 'Does a 407 response have to include Proxy-Authenticate?',
        answer:
          'Yes. RFC 9110 §15.5.8 says the proxy MUST send `Proxy-Authenticate` with a challenge that applies to it.',
      },
    ],
    spec: rfc(9110, '15.5.8'),
    headers: [
      header(
        'Proxy-Authenticate',
        'MUST',
        'A challenge for this proxy, for example `Proxy-Authenticate: Basic realm="corp-proxy"`; the client answers with `Proxy-Authorization`.',
        rfc(9110, '15.5.8'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 401, difference: '401 is the origin server asking for credentials, not a proxy on the path.' },
      { code: 403, difference: 'A proxy sends 403 when it refuses the destination regardless of credentials, such as a blocked category.' },
      { code: 511, difference: '511 is sent by a captive portal that wants you to log in to the network through a web page.' },
    ],
  }),
  official({
    code: 408,
    name: 'Request Timeout',
    aliases: ['Request Time-out'],
    fault: 'client',
    faultNote:
      'Nobody may be at fault: browsers open spare connections they never use, and servers log those as 408 when they close them; a slow or lossy network looks the same as a stalled client.',
    summary:
      'The server waited for the rest of the request and gave up before it arrived, so it is closing the exchange; the client may send the request again.',
    meaning:
      'A 408 means the server did not receive a complete request message within the time it was prepared to wait. It is about the request arriving too slowly, not about the server taking too long to answer, which would be a 504 at a gateway or simply a client-side timeout. RFC 9110 lets a client repeat an outstanding request after a 408, and on HTTP/1.1 that repeat needs a new connection, because the server can no longer tell where the old request ended. Many servers close the connection silently instead of sending 408, and they still record 408 in their access logs. Seeing these lines in small numbers is normal.',
    causes: [
      'A browser preconnected a spare TCP or TLS connection and never used it; the server closes it at the header timeout and logs 408.',
      'Node.js http servers answer 408 when `server.headersTimeout` (60 s by default) or `server.requestTimeout` (300 s by default since Node 18) runs out.',
      'Apache `mod_reqtimeout` with `RequestReadTimeout` limits for headers and body, which guards against slow clients and answers 408.',
      'nginx `client_header_timeout` or `client_body_timeout` (60 s by default) expiring on a slow upload; nginx often just closes and logs 408.',
      'AWS Application Load Balancer returns 408 when the client sends no data before the idle timeout expires.',
      'Slowloris-style attacks that send headers a few bytes at a time on purpose to hold connections open.',
    ],
    fixesForVisitors: [
      'Retry: a 408 after a stall is usually a one-off network hiccup.',
      'For large uploads, switch to a more stable connection (wired or stronger Wi-Fi) so the body arrives before the server gives up.',
    ],
    fixesForDevelopers: [
      'Check whether 408s in the log have a request line at all; a line like `"-" 408` is an unused preconnect and can be ignored or filtered.',
      'Raise body timeouts only on the upload endpoints that need them (nginx `client_body_timeout` in that `location`) rather than globally.',
      'For big uploads, use resumable or chunked uploads (tus, S3 multipart) so one slow part does not doom the whole request.',
      'In Node.js, tune `server.requestTimeout` and `server.headersTimeout` together, and keep `headersTimeout` above the keep-alive timeout of the load balancer in front.',
      'Make client retries after 408 use a fresh connection and only replay requests that are safe to repeat.',
    ],
    faq: [
      {
        question: 'What is the difference between 408 and 504?',
        answer:
          '408 means the client was too slow to send its request. 504 means a gateway waited too long for an upstream server to answer.',
      },
      {
        question: 'Why is my access log full of 408 entries with no request path?',
        answer:
          'Those are connections a browser opened in advance and never used. The server closes them after its header timeout and logs 408; they do not reach your app.',
      },
      {
        question: 'Is it safe to retry after a 408?',
        answer:
          'RFC 9110 allows the client to repeat the outstanding request, over a new connection when the old one is no longer usable. The server did not process it, because it never finished arriving.',
      },
    ],
    spec: rfc(9110, '15.5.9'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 504, difference: '504 is a gateway giving up on a slow upstream response, not on a slow client.' },
      { code: 499, difference: '499 is nginx-only and logs the client closing the connection first, the opposite direction of a 408.' },
      { code: 429, difference: '429 rejects a complete request because of its rate; 408 is about a request that never fully arrived.' },
    ],
  }),
  official({
    code: 409,
    name: 'Conflict',
    aliases: [],
    fault: 'client',
    faultNote:
      'Usually nothing is broken: two writers raced, or the thing already exists. The client needs fresh state, and the server is doing its job by refusing to overwrite.',
    summary:
      'The request clashes with the current state of the resource, for example an edit based on an outdated version or a create for something that already exists.',
    meaning:
      'A 409 says the request could not be completed because of a conflict with the current state of the target resource, in a situation where the user could resolve it and try again. RFC 9110 asks the server to include enough information in the body for the user to recognize the source of the conflict. The classic case is a PUT built on an old version that would overwrite someone else\'s newer change. When the client states the expected version in a conditional header such as `If-Match`, the standard answer becomes 412; 409 is typical when the version travels in the body or the conflict is a business rule. Syntax problems are 400 and semantic validation failures are usually 422.',
    causes: [
      'Kubernetes rejects an update whose `resourceVersion` is stale ("the object has been modified; please apply your changes to the latest version") and a create for a name that already exists.',
      'CouchDB answers 409 "Document update conflict" when the `_rev` in an update is missing or outdated.',
      'Elasticsearch returns 409 `version_conflict_engine_exception` for an `if_seq_no`/`if_primary_term` mismatch or for `op_type=create` on an existing ID.',
      "GitHub's merge API returns 409 when the branches have a merge conflict, and some endpoints use it for an empty repository.",
      'A sign-up or create endpoint maps a unique-constraint violation (duplicate email, slug or SKU) to 409.',
      'A state machine rule, such as cancelling an order that has already shipped.',
    ],
    fixesForVisitors: [
      'Reload the page to see the latest version, then reapply your change; someone else probably edited it in the meantime.',
      'If you were creating an account or item, the name or email may already be taken; try signing in or choosing another name.',
    ],
    fixesForDevelopers: [
      'Read the response body for the conflicting field or the current version; design your own 409 bodies to include both.',
      'Implement read-modify-write with a retry: fetch the latest version, merge or reapply the change, and send it again with the new version.',
      'For creates, make the operation idempotent (client-generated IDs or an idempotency key) so a retried POST does not trip a duplicate conflict.',
      'With Kubernetes, use server-side apply or `kubectl apply` rather than `replace` with a cached object, or retry on conflict with `retry.RetryOnConflict` in client-go.',
      'Prefer `ETag` plus `If-Match` for concurrency control in your own HTTP API, which moves stale-version failures onto the standard 412.',
    ],
    faq: [
      {
        question: 'Should a duplicate username return 409 or 422?',
        answer:
          'Both are used. 409 emphasizes the clash with existing server state; 422 treats it as a validation error. 409 is the more common choice for uniqueness violations.',
      },
      {
        question: 'How does 409 relate to 412 in optimistic locking?',
        answer:
          'If the client sent `If-Match` with an ETag and it no longer matches, 412 is the standard answer. 409 fits when the version is carried in the body or the conflict is not about versions.',
      },
      {
        question: 'Is it safe to retry a request that got 409?',
        answer:
          'Not blindly: the same request will conflict again. Refresh the state, resolve the difference, then send a new request.',
      },
    ],
    spec: rfc(9110, '15.5.10'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 412, difference: '412 is the conflict detected through a conditional header such as `If-Match`.' },
      { code: 422, difference: '422 rejects content that is invalid in itself, independent of the current server state.' },
      { code: 400, difference: '400 means the request is malformed; a 409 request is well-formed but clashes with state.' },
    ],
  }),
  official({
    code: 410,
    name: 'Gone',
    aliases: [],
    fault: 'client',
    faultNote:
      'Neither side is broken: the owner removed the resource on purpose. The only fault is an outdated link or client still pointing at it.',
    summary:
      'The resource used to be here and has been removed on purpose, with no forwarding address and no plan to bring it back.',
    meaning:
      'A 410 states that the target resource is no longer available at the origin and that this is likely permanent. RFC 9110 says a server that cannot tell whether the removal is permanent should use 404 instead. The code exists mainly to help web maintenance: it tells links and crawlers that the owner wants references removed, which suits expired promotions or pages of people who left an organisation. The server need not keep answering 410 forever, and it is heuristically cacheable. If the content moved rather than disappeared, a 301 or 308 redirect is the right answer instead.',
    causes: [
      'An API version or endpoint that has been sunset, answering 410 so old clients fail clearly instead of with a vague 404.',
      'Content deleted by its owner (a post, listing or account) where the site deliberately reports it as removed rather than unknown.',
      'A time-limited page, such as a promotion or event registration, that the site retires once it ends.',
      'Expired one-time links, for example download or invitation URLs, which some services answer with 410.',
      'An SEO clean-up that marks removed pages 410 so search engines stop requesting and listing them.',
    ],
    fixesForVisitors: [
      'Nothing will bring this page back; look for a newer version through the site\'s search or home page.',
      'If it was a one-time link (an invitation or download), ask the sender for a new one.',
    ],
    fixesForDevelopers: [
      'If clients still call a retired API, put the replacement and migration guide in the 410 body, and announce removals beforehand with the `Sunset` and `Deprecation` headers.',
      'Check whether the content moved rather than vanished; if it did, replace the 410 with a 301 or 308 to the new URL.',
      'Add `Cache-Control` to the 410 if you might restore the resource, because 410 is heuristically cacheable by browsers and CDNs.',
      'Remove internal links to the dead URL and submit an updated sitemap so crawlers drop it sooner.',
      'In nginx, mark a retired path with `location = /old-page { return 410; }` instead of deleting it and letting it fall back to 404.',
    ],
    faq: [
      {
        question: 'Should I use 404 or 410 for deleted pages?',
        answer:
          'Use 410 when you know the page is gone for good and want links and indexes updated; use 404 when you are unsure or it may come back.',
      },
      {
        question: 'Does 410 remove a page from search results faster than 404?',
        answer:
          'Search engines treat both as signals to drop the URL, and 410 is at least as quick because it is explicitly permanent. The difference in practice is usually small.',
      },
      {
        question: 'Can I later reuse a URL that returned 410?',
        answer:
          'Yes. The spec leaves it to the owner how long to keep answering 410, but caches may still hold the old 410 for a while if no `Cache-Control` was set.',
      },
    ],
    spec: rfc(9110, '15.5.11'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 404, difference: '404 makes no claim about permanence and is the default when the server does not know.' },
      { code: 301, difference: '301 (or 308) is for content that moved to a new URL rather than disappearing.' },
      { code: 451, difference: '451 is a removal forced by a legal demand, not a choice by the owner.' },
    ],
  }),
  official({
    code: 411,
    name: 'Length Required',
    aliases: [],
    fault: 'client',
    faultNote:
      'The client omitted a header, but often because of its HTTP library rather than the code calling it: streaming or chunked uploads leave out `Content-Length` by design.',
    summary:
      'The server will not take this request unless it declares its body size with a `Content-Length` header.',
    meaning:
      'A 411 means the server refuses the request because it carries no defined `Content-Length`, and RFC 9110 lets the client try again once it adds a valid one. It usually affects requests sent with chunked transfer coding, where the size is not known up front, or POST and PUT requests with an empty body where the client sent no length at all. Some servers and front ends insist on a known length so they can reject oversized uploads before reading them, or because an upstream only speaks HTTP/1.0. The fix always involves the request headers, unlike 413, which is about the size itself.',
    causes: [
      "A POST with no body and no `Content-Length`, such as `curl -X POST URL` without `-d`; Google's front ends answer \"POST requests require a Content-length header\".",
      'A streaming upload sent with `Transfer-Encoding: chunked` (Java `setChunkedStreamingMode`, Node streams piped into a request) to a server that does not accept chunked bodies.',
      'Old nginx versions (before 1.3.9) that did not support chunked request bodies and replied 411.',
      'A proxy or load balancer that removes `Content-Length` while rewriting the body, leaving the backend without a length.',
      'Object-storage or upload APIs that require an exact length before accepting the data, such as a plain S3 PUT with a stream of unknown size.',
    ],
    fixesForVisitors: [
      'Not much: this comes from the app or tool you are using, not from something you typed; updating the app or reporting the error is the way forward.',
      'If a browser upload fails with 411, try a different browser, since extensions that rewrite uploads can strip the header.',
    ],
    fixesForDevelopers: [
      'Send `Content-Length: 0` on body-less POST, PUT and PATCH requests; with curl use `-d ""` or `-H "Content-Length: 0"`.',
      'Buffer the body (or compute the file size) before sending so the library can set `Content-Length` instead of falling back to chunked.',
      'Inspect the outgoing request with `curl -v` or a proxy like mitmproxy to confirm whether `Content-Length` or `Transfer-Encoding` is present.',
      'For large streaming uploads to storage services, use their multipart or resumable upload API rather than one chunked PUT.',
      'If you run the server, upgrade or enable chunked request support (nginx has it since 1.3.9) when clients legitimately cannot know the length.',
    ],
    faq: [
      {
        question: 'Why do I get 411 for a POST that has no body?',
        answer:
          'Without a body many clients send no `Content-Length`, and some servers require the header even when the length is zero. Add `Content-Length: 0`.',
      },
      {
        question: 'What is the difference between 411 and 413?',
        answer:
          '411 complains that the size was not declared at all; 413 complains that the declared or received size is over the limit.',
      },
      {
        question: 'Does 411 happen over HTTP/2?',
        answer:
          'Rarely, because HTTP/2 frames carry their own lengths and chunked encoding does not exist there, but a server can still insist on the `Content-Length` field and answer 411 without it.',
      },
    ],
    spec: rfc(9110, '15.5.12'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 413, difference: '413 rejects a body because it is too big, not because its size is undeclared.' },
      { code: 400, difference: '400 is used when length headers are present but contradictory or invalid.' },
      { code: 428, difference: '428 also demands a missing header, but a conditional one such as `If-Match`.' },
    ],
  }),
  official({
    code: 412,
    name: 'Precondition Failed',
    aliases: [],
    fault: 'client',
    faultNote:
      "Nothing is broken: a 412 is the server honouring the client's own condition. It usually means another writer changed the resource first, and occasionally that a proxy altered the validator (for example weakening the ETag).",
    summary:
      "A condition the client put in the request headers (`If-Match`, `If-Unmodified-Since`, `If-None-Match`) was false on the server, so the method was not applied.",
    meaning:
      'A 412 tells the client that one or more conditions it attached to the request evaluated to false on the server, so the requested method was not performed. This is how clients make safe updates: they send `If-Match` with the ETag they last saw, and the server refuses if the resource has changed since, preventing lost updates. It also supports create-only writes with `If-None-Match: *`, which fails if something already exists. For GET and HEAD, a false `If-None-Match` or `If-Modified-Since` yields 304 instead, while for other methods a false `If-None-Match` yields 412. It differs from 428, where the server requires a condition that the client did not send, and from 409, which reports a conflict found without a conditional header.',
    causes: [
      'An `If-Match` ETag from an earlier GET no longer matches because someone else updated the resource (optimistic concurrency in REST APIs, Azure Storage `ConditionNotMet`, Google Cloud Storage `x-goog-if-generation-match`).',
      'A create-only write with `If-None-Match: *` when the target already exists, such as an Amazon S3 conditional PutObject on an existing key.',
      'nginx gzip turns a strong ETag into a weak `W/"..."` one, and `If-Match` with a weak tag always fails because it requires strong comparison.',
      'An `If-Unmodified-Since` date older than the resource\'s `Last-Modified`, for example when another update landed within the same second.',
      'Non-GET requests with `If-None-Match` matching the current ETag, which RFC 9110 §13.1.2 says must be answered with 412.',
      'Load-balanced servers generating different ETags for the same content (e.g. Apache configured with `FileETag INode MTime Size`, the pre-2.4 default), so a validator from one node fails on another.',
    ],
    fixesForVisitors: [
      'Reload the page to get the current version and make your change again; someone else likely saved first.',
      'If a save keeps failing, copy your text somewhere safe before reloading so it is not lost.',
    ],
    fixesForDevelopers: [
      'GET the resource again, read the fresh `ETag`, reapply or merge your change and resend with the new `If-Match`; cap the retry count.',
      'Compare validators: `curl -sI https://host/res | grep -i etag` and check it byte-for-byte, including quotes and any `W/` prefix, with what your client sends.',
      'If `W/` appears unexpectedly, a compressing proxy weakened the tag; use ETags that survive compression or compute them on the uncompressed representation.',
      'Make ETags consistent across instances: derive them from a content hash or a version number rather than inode or per-node mtime.',
      'Remember the order of evaluation (RFC 9110 §13.2.2): `If-Match` first, then `If-Unmodified-Since`, then `If-None-Match`, then `If-Modified-Since`, so an earlier failing condition short-circuits the rest.',
      'When serving 412, include the current `ETag` and a short body naming the failed condition so clients can recover without an extra request.',
    ],
    faq: [
      {
        question: 'Is 412 a client or server error?',
        answer:
          "It is in the 4xx class because the client's own condition was false. In practice it is an expected outcome of concurrency control, not a bug on either side.",
      },
      {
        question: 'How is 412 different from 428 Precondition Required?',
        answer:
          '412 means the client sent a condition and it failed. 428 (RFC 6585) means the server insists on a condition such as `If-Match` and the client sent none.',
      },
      {
        question: 'Why do I get 304 on GET but 412 on PUT with the same If-None-Match?',
        answer:
          'RFC 9110 §13.1.2 splits it by method: a false `If-None-Match` gives 304 for GET and HEAD, where it means "your copy is current", and 412 for every other method.',
      },
      {
        question: 'Can the server return 2xx instead of 412 when If-Match fails?',
        answer:
          'Yes, in one case: §13.1.1 allows a 2xx when the server can verify that the requested change is already in effect, e.g. a retried PUT that had succeeded.',
      },
      {
        question: 'Does a failed If-Range cause 412?',
        answer:
          'No. When `If-Range` does not match, the server ignores `Range` and sends the whole representation with 200.',
      },
    ],
    spec: rfc(9110, '15.5.13'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 428, difference: '428 asks the client to send a precondition it left out; 412 says the one it sent was false.' },
      { code: 409, difference: '409 reports a state conflict detected without a conditional header.' },
      { code: 304, difference: '304 is what a false `If-None-Match` or `If-Modified-Since` yields for GET and HEAD.' },
    ],
  }),
  official({
    code: 413,
    name: 'Content Too Large',
    aliases: ['Payload Too Large', 'Request Entity Too Large'],
    fault: 'client',
    faultNote:
      'The request exceeded a limit, but the limit is server policy and often just a default nobody changed (nginx allows 1 MB); for legitimate uploads the fix is on the server.',
    summary:
      'The request body is bigger than the server is willing or able to accept; shrink it, split it, or have the limit raised.',
    meaning:
      'A 413 says the server refuses the request because its content is larger than it is willing or able to process. The server may cut the request off mid-stream where the protocol allows (such as resetting an HTTP/2 stream) or close the connection, which is why clients sometimes see a broken connection instead of a clean 413. If the limit is temporary, RFC 9110 says the server should add `Retry-After` to say when to try again. RFC 9110 renamed it from "Payload Too Large" (RFC 7231), and earlier still "Request Entity Too Large". Oversized URLs and headers have their own codes, 414 and 431.',
    causes: [
      'nginx `client_max_body_size` exceeded; its default is 1m, so any upload over 1 MB fails until it is raised.',
      'Express `express.json()` or `express.urlencoded()` over the default `limit` of 100kb, raising `PayloadTooLargeError` with type `entity.too.large`.',
      'Apache `LimitRequestBody` set lower than the upload size, in the server config or an `.htaccess` file.',
      'ASP.NET Core Kestrel `MaxRequestBodySize`, about 28.6 MB (30,000,000 bytes) by default, or `[RequestSizeLimit]` on an action.',
      "A CDN or gateway limit in front of the app: Cloudflare's plan-based body limit (100 MB on Free and Pro) or Amazon API Gateway's 10 MB payload limit.",
      'Base64-encoded files inside JSON, which inflate the body by about a third and cross a limit that the raw file would not.',
    ],
    fixesForVisitors: [
      'Upload a smaller file: compress images or videos, or split the upload into several parts.',
      'Check the site for a stated upload limit and stay under it; the limit is set by the site owner.',
    ],
    fixesForDevelopers: [
      'Find which layer refused: the body of the 413 (nginx, CDN or framework error page) and the `Server` header usually tell you.',
      'Raise the limit at every layer on the path, e.g. nginx `client_max_body_size 50m;`, Express `express.json({ limit: "10mb" })`, Kestrel `MaxRequestBodySize`.',
      'Test with a known size: `head -c 5000000 /dev/urandom > f.bin && curl -i -F file=@f.bin https://host/upload`.',
      'For big files, upload directly to object storage with presigned URLs or a resumable protocol instead of streaming through the app.',
      'Send large uploads with `Expect: 100-continue` so the server can refuse an oversized body before the client transmits it.',
      'If your limit is temporary (a quota that refills), include `Retry-After` as RFC 9110 recommends; permanent caps should state the maximum in the body.',
    ],
    faq: [
      {
        question: 'Are 413 Payload Too Large and 413 Content Too Large the same code?',
        answer:
          'Yes. RFC 9110 renamed it to Content Too Large; RFC 7231 called it Payload Too Large and RFC 2616 called it Request Entity Too Large. Libraries still use all three names.',
      },
      {
        question: 'Why does my upload fail with a connection reset instead of a 413?',
        answer:
          'The server may close the connection or reset the stream after sending 413 while the client is still uploading, so some clients never read the response. Using `Expect: 100-continue` avoids this.',
      },
      {
        question: 'How do I fix 413 Request Entity Too Large in nginx?',
        answer:
          'Set `client_max_body_size` in the `http`, `server` or `location` block that serves the upload, reload nginx, and raise the limits of the app behind it too.',
      },
      {
        question: 'Should a 413 include Retry-After?',
        answer:
          'Only when the condition is temporary, for example a storage quota that frees up; RFC 9110 says the server SHOULD send it in that case.',
      },
    ],
    spec: rfc(9110, '15.5.14'),
    headers: [
      header(
        'Retry-After',
        'SHOULD',
        'Only when the size limit is temporary: say when the client may try again (seconds or an HTTP date). Omit it for a permanent maximum.',
        rfc(9110, '15.5.14'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 414, difference: '414 is for an overlong target URI, not an oversized body.' },
      { code: 431, difference: '431 is for header fields that are too large, including cookies.' },
      { code: 411, difference: '411 means the body size was not declared, rather than too large.' },
    ],
  }),
  official({
    code: 414,
    name: 'URI Too Long',
    aliases: ['Request-URI Too Long', 'Request-URI Too Large'],
    fault: 'client',
    faultNote:
      'Often a bug in the site itself: a redirect loop that keeps appending a return URL, or a front end that moved a large form into GET query parameters.',
    summary:
      'The target URI is longer than the server is willing to interpret, usually because too much data was packed into the query string.',
    meaning:
      'A 414 means the server refuses to service the request because the target URI is longer than it is willing to interpret. RFC 9110 names the usual suspects: a client that turned a POST into a GET and moved the data into the query string, a redirect loop that keeps lengthening the URI, or an attack probing for buffer overflows. HTTP sets no maximum, but servers do, and it is commonly around 8 KB; RFC 9110 §4.1 recommends that senders and recipients support URIs of at least 8000 octets. A 414 is heuristically cacheable. Overlong headers get 431, and oversized bodies get 413.',
    causes: [
      "A request line longer than one nginx `large_client_header_buffers` buffer (8k by default), which nginx answers with 414 \"Request-URI Too Large\".",
      'Apache `LimitRequestLine` (8190 bytes by default) exceeded by the method, URI and protocol line together.',
      'A search or filter UI that serializes a large selection (hundreds of IDs, a whole JSON filter) into query parameters.',
      'A login redirect that wraps the current URL in `returnUrl` each time it bounces, growing until the limit is hit.',
      'Data URLs or base64 payloads placed in the query string, such as image previews or signed state blobs.',
    ],
    fixesForVisitors: [
      'Open the site from its home page instead of a very long bookmarked or shared link.',
      'If it happened during login, clear the site cookies and sign in again; a redirect loop may have built up the long address.',
    ],
    fixesForDevelopers: [
      'Measure the URL that failed (`echo -n "$URL" | wc -c`) and find which parameter dominates.',
      'Move large inputs into a request body: a POST search endpoint, or the IETF QUERY method draft once your stack supports it.',
      'Break redirect loops by checking for an existing `returnUrl` before adding another, and store long state server-side, passing only a key.',
      'As a short-term fix raise nginx `large_client_header_buffers` (e.g. `4 16k`) or Apache `LimitRequestLine`, and check every proxy and CDN on the path.',
      'Mind that 414 is heuristically cacheable; purge CDN caches if a deploy fixed the URL length issue but users still see it.',
    ],
    faq: [
      {
        question: 'What is the maximum URL length in HTTP?',
        answer:
          'HTTP itself sets none; RFC 9110 §4.1 recommends supporting URIs of at least 8000 octets. Real limits come from servers, proxies and browsers, and around 8 KB is a common server default.',
      },
      {
        question: 'Should I switch from GET to POST to avoid 414?',
        answer:
          'For large search or filter inputs, yes, accepting that POST responses are not cached by default. Keep GET for short queries that benefit from caching and shareable links.',
      },
      {
        question: 'What is the difference between 414 and 431?',
        answer:
          '414 is about the target URI in the request line; 431 is about header fields such as `Cookie` being too large.',
      },
    ],
    spec: rfc(9110, '15.5.15'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 431, difference: '431 covers oversized header fields rather than the URI.' },
      { code: 413, difference: '413 covers an oversized body, which is where large inputs belong.' },
      { code: 400, difference: 'nginx answers 400, not 414, when a single header line overflows its buffer.' },
    ],
  }),
  official({
    code: 415,
    name: 'Unsupported Media Type',
    aliases: [],
    fault: 'client',
    faultNote:
      'Usually a client header mistake, such as a missing `Content-Type`, though an endpoint that forgot to register a parser for a format it should accept produces the same response.',
    summary:
      "The server will not process the request body because its format, from `Content-Type`, `Content-Encoding` or the data itself, is not one this endpoint accepts.",
    meaning:
      'A 415 means the origin server refuses the request because the content is in a format this method does not support on the target resource. RFC 9110 notes the problem may come from the declared `Content-Type`, from `Content-Encoding`, or from inspecting the data directly. The response can use `Accept` to list media types that would have worked, and when the problem was an unsupported content coding, `Accept-Encoding` ought to list the accepted codings; §12.5.3 forbids sending `Accept-Encoding` in a 415 that has nothing to do with codings. It is the request-side mirror of 406, and differs from 422, where the format is fine but the content is semantically wrong.',
    causes: [
      'fetch or axios sends a JSON string without a `Content-Type` header, so the body goes out as `text/plain;charset=UTF-8`; Spring (`HttpMediaTypeNotSupportedException`) and ASP.NET Core `[ApiController]` with `[FromBody]` reject it with 415.',
      'Posting `multipart/form-data` or `application/x-www-form-urlencoded` to an endpoint that binds JSON, or the reverse.',
      'A `@PostMapping(consumes = "application/json")` or `[Consumes]` filter that excludes a type the client uses, such as `application/merge-patch+json` for PATCH.',
      'Django REST Framework finds no parser in `parser_classes` for the incoming `Content-Type` and raises `UnsupportedMediaType`.',
      'A compressed request body (`Content-Encoding: gzip`) sent to a server that does not decode request codings.',
      'A `Content-Type` with a typo or wrong charset parameter, such as `application/jsn` or `application/json; charset=latin1` on a strict endpoint.',
    ],
    fixesForVisitors: [
      'Try uploading the file in a common format (JPEG or PNG for images, PDF for documents); the site may not support the one you chose.',
      'Update the app or browser you use; a visitor can rarely do more, since the request format is decided by the software.',
    ],
    fixesForDevelopers: [
      'Set `Content-Type` explicitly: `curl -H "Content-Type: application/json" -d \'{"a":1}\' https://host/api`, and in fetch add it to `headers`.',
      "Check the response's `Accept` or `Accept-Encoding` header, if present, for the formats the endpoint does accept.",
      "Compare the request type with the endpoint's `consumes` / `[Consumes]` declaration or parser list, including vendor types such as `application/vnd.api+json`.",
      'For form uploads, let the browser or library set `multipart/form-data` with its boundary; setting that header by hand without a boundary breaks parsing.',
      'Drop `Content-Encoding` on request bodies unless the server documents support for compressed uploads.',
      'When your server returns 415, include `Accept` with the supported types and only add `Accept-Encoding` if the content coding was the problem.',
    ],
    faq: [
      {
        question: 'Why does my fetch POST get 415 when the JSON is valid?',
        answer:
          'A string body without an explicit `Content-Type` is sent as `text/plain;charset=UTF-8`. Add `Content-Type: application/json` to the request headers.',
      },
      {
        question: 'Should my API return 415 or 400 for a wrong Content-Type?',
        answer:
          '415 is the precise code when the declared or detected format is unsupported; 400 is for content in a supported format that is malformed.',
      },
      {
        question: 'Why does Express not return 415 for a missing Content-Type?',
        answer:
          '`express.json()` only parses matching types and silently skips the rest, so `req.body` is just empty. Check the type yourself (`req.is("application/json")`) and send 415 if you want a clear error.',
      },
    ],
    spec: rfc(9110, '15.5.16'),
    headers: [
      header(
        'Accept',
        'MAY',
        'When the media type was the problem, list the types that would have been accepted, e.g. `Accept: application/json`.',
        rfc(9110, '15.5.16'),
      ),
      header(
        'Accept-Encoding',
        'MUST NOT',
        'Leave it out unless the 415 is about the content coding; when an unsupported coding was the cause, it ought to list the accepted codings instead.',
        rfc(9110, '12.5.3'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 406, difference: '406 concerns the format of the response the client asked for, not the body it sent.' },
      { code: 422, difference: '422 means the format is supported and parses, but the content is semantically invalid.' },
      { code: 400, difference: '400 is for a body in a supported format that fails to parse.' },
    ],
  }),
];
