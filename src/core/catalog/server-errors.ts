import type { HttpStatus } from '../types';
import { official } from './define';
import { header, rfc } from './spec';

// Server errors 500-511: application failures, gateways and proxies, maintenance,
// protocol support, WebDAV storage and loops, and captive portals.
export const ENTRIES: readonly HttpStatus[] = [
  official({
    code: 500,
    name: "Internal Server Error",
    aliases: [],
    fault: 'server',
    summary:
      "The server hit an unexpected condition and could not complete the request; it is the generic answer to an unhandled exception or crash in application code. The visitor cannot fix it, and the real cause is recorded on the server side.",
    meaning:
      "RFC 9110 §15.6.1 describes 500 as the server meeting an unexpected condition that prevented it from fulfilling the request. It is the catch-all of the 5xx class: frameworks send it automatically when a handler throws and nothing more specific applies. It says nothing about the request being wrong, and the same request may succeed once the bug or dependency is fixed. More specific codes exist for known situations: 502 and 504 for a bad or slow upstream, 503 for deliberate or temporary unavailability, 501 for an unsupported method. Like every 5xx response it should explain the error except to HEAD requests, but production servers should keep stack traces out of that explanation.",
    causes: [
      "An uncaught exception in a route handler: Express's default error handler answers 500 (or `err.status` when set), Django renders `500.html` with `DEBUG = False`, and Spring Boot returns its `/error` JSON with status 500.",
      "A PHP fatal error, such as an exhausted `memory_limit` or a call to an undefined function, with `display_errors` off, which reaches the browser as a bare 500 page.",
      "A syntax error or an unknown directive in Apache's `.htaccess`, logged as `Invalid command '...', perhaps misspelled or defined by a module not included in the server configuration`.",
      "The database, cache or another dependency is unreachable and the code lets the connection exception bubble up instead of mapping it to 503.",
      "Missing configuration after a deploy: an unset environment variable, a wrong secret or a migration that was not run, so the first query or call fails.",
      "File permission or ownership problems, for instance the app cannot write to its cache, session or upload directory.",
    ],
    fixesForVisitors: [
      "Reload after a minute; many 500 errors come from a short deploy or a database hiccup on the site's side.",
      "If it happens on one specific action (checkout, upload), try again later and report the time and URL to the site so they can find the exact error.",
      "Clear the site's cookies if the error follows you on every page, since a corrupt session value can crash the application.",
    ],
    fixesForDevelopers: [
      "Find the exception behind the request: search the application log or error tracker by timestamp or request ID, and for PHP read the PHP-FPM or web server `error_log`.",
      "Reproduce with the same input outside production, e.g. `curl -i -X POST https://staging.example.com/path -H 'Content-Type: application/json' -d @failing.json`, with debug output enabled.",
      "Map expected failures to accurate codes (validation to 400/422, missing records to 404, dependency outages to 503) so 500 is left for genuine bugs.",
      "Install a top-level error handler that logs the stack trace with a correlation ID and returns a generic body containing that ID, never the trace itself.",
      "After each deploy, verify environment variables, pending migrations and write permissions on cache, session and upload directories.",
    ],
    faq: [
      {
        question: "Is a 500 error my fault as a visitor?",
        answer:
          "No. 500 means the server failed on its own side; the same request may work once the site fixes its bug or its dependency recovers.",
      },
      {
        question: "500 vs 502 vs 503: how do I tell them apart?",
        answer:
          "500 comes from the application itself failing; 502 is a proxy receiving a broken answer from the application; 503 is the service saying it is temporarily unavailable or overloaded.",
      },
      {
        question: "Should an API return 500 for invalid input?",
        answer:
          "No. Input problems belong in the 4xx range (400 or 422) so clients know to change the request; a 500 tells them the server is broken and that retrying unchanged might help.",
      },
      {
        question: "Why does my PHP site show a blank page with status 500?",
        answer:
          "With `display_errors` off, PHP hides the fatal error and only sends the status code; the actual message is written to the PHP or web server error log.",
      },
    ],
    spec: rfc(9110, '15.6.1'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 502, difference: "Sent by a proxy whose backend answered badly or not at all; 500 comes from the component that failed itself." },
      { code: 503, difference: "A known, temporary inability to serve (maintenance, overload); 500 is an unexpected failure." },
      { code: 501, difference: "The server lacks the feature or method altogether; 500 means it has it but broke while running it." },
    ],
  }),
  official({
    code: 501,
    name: "Not Implemented",
    aliases: [],
    fault: 'server',
    faultNote:
      "The trigger is often on the client side, a misspelled or exotic method or an unsupported transfer coding, but the class is 5xx because the limitation lies in what the server implements.",
    summary:
      "The server does not support the functionality the request needs, most typically a request method it does not recognise for any resource. Unlike other 5xx codes, a 501 is heuristically cacheable.",
    meaning:
      "RFC 9110 §15.6.2 uses 501 when the server lacks the functionality required to fulfil the request, and names the classic case: a method the server does not recognise and cannot support on any resource. That is the line between 501 and 405 Method Not Allowed, where the server knows the method but this particular resource does not permit it (and must list the permitted ones in `Allow`). Because the answer reflects a lasting capability rather than a passing fault, RFC 9110 makes 501 heuristically cacheable, unlike the other 5xx codes. API stubs also use it for operations that are declared but not yet written.",
    causes: [
      "Python's `http.server` (`python -m http.server`) answers 501 \"Unsupported method\" to any method without a `do_<METHOD>` handler, for example a POST from a form or script.",
      "Server stubs generated by OpenAPI Generator (such as Spring `ApiDelegate` default methods) return 501 until someone implements the operation.",
      "Apache httpd answers 501 to a method it does not know at all, such as a misspelled `PTACH` or a custom verb no module registered.",
      "A request uses a `Transfer-Encoding` the server does not implement; RFC 9112 tells servers to answer an unknown transfer coding with 501.",
    ],
    fixesForVisitors: [
      "The site does not support the action you triggered, and there is nothing to change in your browser; try the feature another way or after the site is updated.",
      "If an app or plugin reports 501, make sure it points to the right server address; it may be talking to a plain file server that cannot accept uploads.",
    ],
    fixesForDevelopers: [
      "Check the exact method the client sends (`curl -v -X PATCH https://host/path`) and compare it with what the server advertises: `curl -i -X OPTIONS https://host/path` and read `Allow`.",
      "Remember that `python -m http.server` only serves GET and HEAD; for uploads use a real framework or subclass the handler and add `do_POST`.",
      "Search the codebase for generated stubs or explicit `NOT_IMPLEMENTED` responses and implement the operation, or remove it from the published API description.",
      "Use 405 with an `Allow` header instead of 501 when the method is known but not permitted on this particular resource.",
      "Because a 501 can be cached heuristically, send `Cache-Control: no-store` on temporary stubs so caches do not keep serving them after the feature ships.",
    ],
    faq: [
      {
        question: "501 vs 405: which one applies?",
        answer:
          "405 says this resource does not allow a method the server otherwise knows, and must list the allowed methods in `Allow`; 501 says the server does not support the method or feature at all.",
      },
      {
        question: "Why does python -m http.server return 501 for POST?",
        answer:
          "Its request handler only implements GET and HEAD; any method without a matching `do_` function is answered with 501 Unsupported method.",
      },
      {
        question: "Is 501 a temporary error?",
        answer:
          "Usually not. It describes a missing capability, which is why caches may store it heuristically, and it only goes away when the server gains the feature.",
      },
    ],
    spec: rfc(9110, '15.6.2'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: true,
    related: [
      { code: 405, difference: "The method is known but not allowed on this resource, with `Allow` listing the alternatives; 501 means it is not supported anywhere." },
      { code: 500, difference: "The server has the feature but failed while running it; 501 means the feature does not exist." },
      { code: 505, difference: "The unsupported thing is the HTTP major version rather than a method or feature." },
    ],
  }),
  official({
    code: 502,
    name: "Bad Gateway",
    aliases: [],
    fault: 'server',
    faultNote:
      "The proxy, load balancer or CDN that sends the 502 is usually working correctly; the fault lies upstream, in the application behind it, which crashed, refused the connection or sent a malformed response.",
    summary:
      "A gateway or proxy such as nginx, a load balancer or a CDN got an invalid response, or none at all, from the upstream server it forwarded the request to. The application behind the proxy is down, crashing or misconfigured.",
    meaning:
      "RFC 9110 §15.6.3 defines 502 for a server acting as a gateway or proxy that received an invalid response from an inbound server while trying to fulfil the request. In practice \"invalid\" covers a refused connection, a connection closed mid-response, a malformed status line and response headers too large for the proxy's buffers. The server that generated the 502 is not the one with the problem; the component behind it is. It differs from 504, where the upstream was reached but answered too slowly, and from 503, where a server reports that it is unavailable. A retry can help while the upstream restarts, but a steady 502 means the backend or the proxy-to-backend configuration is broken.",
    causes: [
      "The application behind nginx is not running or listens on another port or socket, logged as `connect() failed (111: Connection refused) while connecting to upstream`.",
      "PHP-FPM is down, or the socket path in `fastcgi_pass` does not match the pool's `listen` setting or is not readable by the nginx user.",
      "The upstream closes idle keep-alive connections sooner than the load balancer does: a Node.js server with its default 5-second `keepAliveTimeout` behind an AWS ALB with a 60-second idle timeout yields sporadic 502s.",
      "Upstream response headers do not fit the proxy buffer, logged by nginx as `upstream sent too big header while reading response header from upstream`.",
      "TLS between proxy and backend fails: a wrong SNI name, an expired or self-signed certificate with verification on, or plain HTTP sent to an HTTPS port.",
      "The backend dies mid-request (out-of-memory kill, segfault, container restart), so the proxy logs `upstream prematurely closed connection`.",
    ],
    fixesForVisitors: [
      "Wait a minute and reload; a 502 often lasts only as long as a restart or deploy behind the site.",
      "If only this site fails and it persists, the problem is on their side; check their status page rather than your own connection.",
    ],
    fixesForDevelopers: [
      "Read the proxy's error log (e.g. `/var/log/nginx/error.log`) for the exact upstream message; refused, reset, too-big-header and TLS errors each need a different fix.",
      "Call the upstream directly from the proxy host, bypassing the proxy: `curl -v http://127.0.0.1:3000/health`, or `cgi-fcgi -bind -connect /run/php/php-fpm.sock` for PHP-FPM.",
      "Verify that the address in `proxy_pass` or `fastcgi_pass` matches what the app listens on and that socket permissions allow the proxy's user.",
      "Make the backend's keep-alive timeout longer than the load balancer's idle timeout, e.g. in Node `server.keepAliveTimeout = 65000; server.headersTimeout = 66000;` behind a 60-second ALB.",
      "Increase `proxy_buffer_size` and `proxy_buffers` (or `fastcgi_buffer_size`) when the log reports oversized upstream headers, and trim large cookies the app sets.",
      "Look for out-of-memory kills (`dmesg | grep -i oom`, container restart counts) when 502s coincide with traffic peaks.",
    ],
    faq: [
      {
        question: "502 vs 504: what is the difference?",
        answer:
          "502 means the proxy got a bad or unusable response, often immediately, for example a refused connection; 504 means it waited and the upstream did not answer in time.",
      },
      {
        question: "Is a 502 Bad Gateway caused by my internet connection?",
        answer:
          "Almost never. Your request reached the site's proxy fine; what failed was the link between that proxy and the site's own application server.",
      },
      {
        question: "Why do I get random 502s behind an AWS load balancer?",
        answer:
          "A frequent reason is the backend closing idle keep-alive connections before the load balancer does; the balancer reuses a connection that was just closed and reports 502.",
      },
      {
        question: "Should a client retry after a 502?",
        answer:
          "For idempotent requests a retry after a short delay is reasonable, since the upstream may have been restarting; for a POST be careful, because the backend may have processed it before the connection broke.",
      },
    ],
    spec: rfc(9110, '15.6.3'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 504, difference: "The upstream was reached but did not respond within the gateway's timeout; 502 means its response was invalid or missing." },
      { code: 503, difference: "The server or balancer reports it cannot serve right now, for example with no healthy backends; 502 blames a backend's bad answer." },
      { code: 500, difference: "Generated by the application itself when it fails; a 502 is generated by the proxy in front of it." },
    ],
  }),
  official({
    code: 503,
    name: "Service Unavailable",
    aliases: [],
    fault: 'server',
    faultNote:
      "A 503 may be deliberate, during planned maintenance or when a limiter sheds load to protect the service, rather than a fault at all.",
    summary:
      "The server cannot handle the request right now because it is overloaded or down for maintenance, and expects this to pass. It may say when to come back in `Retry-After`.",
    meaning:
      "RFC 9110 §15.6.4 uses 503 for a server that is temporarily unable to handle the request because of overload or scheduled maintenance, which is expected to clear after some delay. The server may send `Retry-After` to suggest how long the client should wait. The spec also notes that a server is not obliged to send 503 when overloaded; it may simply refuse connections. Compared with 500, the condition is known and temporary rather than an unexpected bug; compared with 502 and 504, it is the server itself, or a balancer speaking for a pool with no healthy members, saying it cannot serve. Crawlers generally treat a 503 as temporary and come back later, which makes it the right status for maintenance pages.",
    causes: [
      "A maintenance mode: Laravel's `php artisan down`, WordPress's `.maintenance` file during core or plugin updates, or a maintenance page configured at the proxy.",
      "No healthy backends: Kubernetes ingress-nginx routing to a Service with no ready endpoints, HAProxy's \"No server is available to handle this request\", or an AWS ALB target group with no healthy targets.",
      "Load shedding by a limiter whose default rejection is 503, such as nginx `limit_req`/`limit_conn` or ASP.NET Core's rate limiting middleware.",
      "IIS returns 503 from HTTP.sys when the application pool is stopped, for example after Rapid-Fail Protection disabled it following repeated crashes.",
      "Health endpoints report 503 to take an instance out of rotation: Spring Boot Actuator maps `DOWN` and `OUT_OF_SERVICE` to 503.",
    ],
    fixesForVisitors: [
      "Wait and try again later; a maintenance page usually says when the site will be back.",
      "Avoid reloading over and over during an outage; a flood of retries can keep an overloaded site down longer.",
      "Look at the service's status page or social accounts for an announced outage or maintenance window.",
    ],
    fixesForDevelopers: [
      "Find which layer sent the 503: compare the `Server` and `Via` headers and the body (`curl -si https://host/ | head -20`), since proxies, balancers and the app can all emit it.",
      "In Kubernetes, check `kubectl get endpoints <service>` and the readiness probe failures in `kubectl describe pod <pod>` to see why no pod is ready.",
      "During planned maintenance send `Retry-After` (e.g. `Retry-After: 1800`) so clients and crawlers know when to return, and keep the maintenance page small and uncached.",
      "If a per-client rate limit is producing 503, switch it to 429 (`limit_req_status 429;` in nginx) so quota problems and real overload can be told apart.",
      "Shed load early and cheaply: autoscale on queue depth, size worker pools to the CPU, and return 503 quickly instead of letting requests pile up into timeouts.",
      "On IIS, check the application pool state and the System event log for Rapid-Fail Protection entries before restarting the pool.",
    ],
    faq: [
      {
        question: "How long does a 503 Service Unavailable error last?",
        answer:
          "As long as the overload or maintenance lasts; when the response includes `Retry-After`, that value is the server's own estimate.",
      },
      {
        question: "Is returning 503 during maintenance bad for SEO?",
        answer:
          "Short 503 periods, ideally with `Retry-After`, are the recommended way to take a site offline because crawlers treat them as temporary; a site that stays on 503 for days risks pages being dropped.",
      },
      {
        question: "503 vs 500?",
        answer:
          "503 is an expected, temporary state the server reports on purpose (overload, maintenance, no healthy backend); 500 means something failed unexpectedly.",
      },
      {
        question: "Why does my Kubernetes ingress return 503?",
        answer:
          "ingress-nginx answers 503 when the Service it routes to has no ready endpoints, typically because pods fail their readiness probes or the Service selector matches no pods.",
      },
    ],
    spec: rfc(9110, '15.6.4'),
    headers: [
      header(
        'Retry-After',
        'MAY',
        "Suggest how long the client should wait before retrying, in seconds or as an HTTP date, e.g. `Retry-After: 120` during a restart.",
        rfc(9110, '15.6.4'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 500, difference: "An unexpected failure in the application; 503 is a known, temporary inability to serve." },
      { code: 502, difference: "A proxy received an invalid response from its backend; 503 says the service is unavailable." },
      { code: 429, difference: "One client exceeded its quota; 503 means the service as a whole cannot take the request." },
    ],
  }),
  official({
    code: 504,
    name: "Gateway Timeout",
    aliases: ["Gateway Time-out"],
    fault: 'server',
    faultNote:
      "The gateway that sends a 504 only ran out of patience; the slowness is in the upstream application, its database or a network path behind the gateway.",
    summary:
      "A gateway or proxy waited for an upstream server and gave up because no response arrived in time. The backend is slow, stuck or unreachable.",
    meaning:
      "RFC 9110 §15.6.5 defines 504 for a gateway or proxy that did not receive a timely response from an upstream server it needed in order to complete the request. \"Timely\" is whatever the gateway is configured for, such as nginx's `proxy_read_timeout` (60 seconds by default) or a load balancer's idle timeout. The upstream may still be working and may even finish the request after the client has received the 504, which matters for operations that must not run twice. It differs from 502, where the gateway received a broken response or none, and from 408, where a server timed out waiting for the client. The code itself does not say whether retrying is safe; only the application knows.",
    causes: [
      "A slow query or report exceeds nginx's `proxy_read_timeout` or `fastcgi_read_timeout`, logged as `upstream timed out (110: Connection timed out) while reading response header from upstream`.",
      "AWS API Gateway cuts off an integration at its default 29-second limit, and an AWS ALB returns 504 when the target does not answer within the idle timeout.",
      "The upstream is unreachable at the network level (firewall or security group silently dropping packets, wrong private IP), so connecting hangs until `proxy_connect_timeout` expires.",
      "Every backend worker is busy, such as PHP-FPM at `pm.max_children` or all Gunicorn workers blocked, so new requests queue past the gateway's limit.",
      "The backend itself waits on a slow third-party API or a database lock, and the delay propagates up to the gateway.",
    ],
    fixesForVisitors: [
      "Retry after a short wait; the site may be briefly overloaded.",
      "For long operations like exports, payments or big uploads, check whether the action actually completed (order list, email confirmation) before repeating it.",
      "If the same page always times out, report it to the site; it needs a backend fix, not a change on your device.",
    ],
    fixesForDevelopers: [
      "Time the upstream directly from the gateway host: `curl -o /dev/null -s -w '%{time_starttransfer}\\n' http://127.0.0.1:8000/slow-endpoint`.",
      "Profile the slow path with the database slow-query log or APM traces and fix it; raising timeouts only hides a backend that is too slow for interactive use.",
      "Move long-running work to a background job and answer with 202 Accepted plus a status URL instead of holding the connection open.",
      "If a longer wait is genuinely needed, raise every timeout in the chain together: nginx `proxy_read_timeout`, the load balancer's idle timeout, the CDN's origin timeout and the app server's own timeout.",
      "When every request times out right after an infrastructure change, check security groups, firewalls and routes between gateway and upstream, and the `proxy_connect_timeout`.",
      "Protect non-repeatable operations with idempotency keys, since the backend may complete a request after the gateway has already answered 504.",
    ],
    faq: [
      {
        question: "What causes a 504 Gateway Timeout?",
        answer:
          "The proxy or load balancer in front of a site waited longer than its configured limit for the site's application to answer, because the application is slow, overloaded or unreachable.",
      },
      {
        question: "Did my request go through if I got a 504?",
        answer:
          "Possibly. The upstream may still finish the work after the gateway gives up, so check the result before repeating a payment or another one-off action.",
      },
      {
        question: "Should I just increase proxy_read_timeout to fix 504s?",
        answer:
          "Only if the operation legitimately takes longer and users can wait; otherwise fix the slow code or move it to a background job, because long timeouts tie up connections and workers.",
      },
      {
        question: "504 vs 408 Request Timeout?",
        answer:
          "408 is a server giving up on a client that did not finish sending its request; 504 is a gateway giving up on an upstream server that did not answer.",
      },
    ],
    spec: rfc(9110, '15.6.5'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 502, difference: "The gateway got an invalid response or a dropped connection; 504 means it got no response within its time limit." },
      { code: 408, difference: "The server timed out waiting for the client's request; 504 is a gateway timing out on its upstream." },
      { code: 503, difference: "The service declares itself unavailable; with 504 the gateway simply stopped waiting for an answer." },
    ],
  }),
  official({
    code: 505,
    name: "HTTP Version Not Supported",
    aliases: [],
    fault: 'server',
    faultNote:
      "Though in the 5xx class, the trigger is the client's request line naming an HTTP major version the server will not speak, which is more often a client or tooling problem than a server fault.",
    summary:
      "The server refuses the HTTP major version used in the request line. Usually a malformed or hand-crafted request, or a client writing an HTTP/2-style version into a request to an HTTP/1.x server.",
    meaning:
      "RFC 9110 §15.6.6 defines 505 for a server that does not support, or refuses to support, the major version of HTTP used in the request. The server is saying it cannot complete the request with that major version other than by sending this error. It should include a representation explaining why the version is not supported and which other protocols it does support. HTTP/2 and HTTP/3 are normally chosen during connection setup (TLS ALPN, `Alt-Svc`) rather than in a request line, so a genuine 505 is rare and usually points to a broken or hand-written client. It differs from 426, which asks the client to upgrade to a named protocol, and from 400, which covers requests that cannot be parsed.",
    causes: [
      "Go's `net/http` server answers 505 \"unsupported protocol version\" to any request whose major version is not 1, apart from the HTTP/2 connection preface it handles specially.",
      "A raw-socket or hand-written client sends a request line like `GET / HTTP/2.0` or `GET / HTTP/3` over plain TCP to an HTTP/1.x server.",
      "An HTTP/2 prior-knowledge client (`curl --http2-prior-knowledge`) connects to a cleartext port that only speaks HTTP/1.1, which may answer the `PRI * HTTP/2.0` preface with 505 or 400.",
      "Some servers and security appliances are configured to refuse HTTP/1.0 and reuse 505 for it, although the spec ties 505 to the major version.",
    ],
    fixesForVisitors: [
      "Update the browser or app; current browsers negotiate the HTTP version automatically and do not trigger 505 on a working site.",
      "If an old device or tool shows 505, open the same address in a regular browser to check whether the tool itself is the problem.",
    ],
    fixesForDevelopers: [
      "Print the raw request line the client sends (`curl -v` shows `> GET / HTTP/1.1`; for custom clients log the first bytes written to the socket).",
      "Let the client negotiate: use `https://` with ALPN for HTTP/2 and honour `Alt-Svc` for HTTP/3 instead of writing a version into the request line yourself.",
      "Force a known version to confirm what the server accepts: `curl -v --http1.1 https://host/` compared with `curl -v --http2 https://host/`.",
      "When you send 505, include a body listing the versions and protocols the server supports, as RFC 9110 recommends.",
      "Test proxies and backends separately: an intermediary that forwards the client's request line unchanged can pass an unsupported version on to a backend that rejects it.",
    ],
    faq: [
      {
        question: "Why is 505 a server error if the client sent the wrong version?",
        answer:
          "The 5xx class frames it as the server declining to work with that version, but in practice the client or a library chose an unsupported version, so that is usually where the fix lies.",
      },
      {
        question: "Does 505 mean the server does not support HTTP/2?",
        answer:
          "Not usually. HTTP/2 and HTTP/3 are agreed during connection setup, and a server without them just falls back to HTTP/1.1; 505 appears when a request line itself names a version the server refuses.",
      },
      {
        question: "Is 505 the same as 426 Upgrade Required?",
        answer:
          "No. 505 flatly rejects the major version in the request line; 426 keeps the connection usable and names, in `Upgrade`, the protocol the client should switch to.",
      },
    ],
    spec: rfc(9110, '15.6.6'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 426, difference: "Asks the client to switch to a protocol named in `Upgrade`; 505 rejects the request's HTTP major version outright." },
      { code: 400, difference: "For request lines that cannot be parsed at all; 505 is for a parseable line with an unsupported major version." },
      { code: 501, difference: "An unsupported method or feature; 505 is specifically about the HTTP version." },
    ],
  }),
  official({
    code: 506,
    name: "Variant Also Negotiates",
    aliases: [],
    fault: 'server',
    faultNote: "Purely a server configuration error; the client cannot influence it except by requesting a different URL.",
    summary:
      "The server's content negotiation setup is broken: the variant it picked is itself configured to negotiate, creating a loop. Seen almost only with Apache's mod_negotiation type maps.",
    meaning:
      "RFC 2295, the experimental Transparent Content Negotiation specification, defines 506 as an internal configuration error: the variant chosen for the request is set up to take part in transparent negotiation itself, so it is not a proper end point of the negotiation process. In other words, negotiating leads from one negotiable resource to another instead of to a concrete representation. The client did nothing wrong, and repeating the request will not help. Transparent content negotiation was never widely adopted, so outside Apache's negotiation module the code is very rare.",
    causes: [
      "An Apache `.var` type map lists as a variant another type map, or a name that MultiViews would negotiate again.",
      "Apache `Options +MultiViews` combined with the `type-map` handler, so that a negotiated file resolves to a `.var` file that negotiates once more.",
      "A client sends `Negotiate: trans` or `Negotiate: vlist` to Apache, activating transparent negotiation on a resource whose variants are misconfigured.",
      "A custom server implementing RFC 2295 variant lists points a variant entry back at a negotiating URL.",
    ],
    fixesForVisitors: [
      "Nothing on your side will fix this; the site's negotiation setup is broken, so report the URL to the site owner.",
      "As a workaround, request a specific variant if the site offers direct links, such as `page.en.html` instead of `page`.",
    ],
    fixesForDevelopers: [
      "Find the negotiation error for the failing URL in Apache's error log, then open the `.var` type map or MultiViews directory it refers to.",
      "Make every `URI:` entry in a type map point at a concrete file, never at another `.var` map or a name that MultiViews resolves.",
      "Walk the chain: `curl -v -H 'Accept-Language: de' https://host/page`, then request each variant URL directly to find the one that negotiates again.",
      "If you do not need negotiation, remove `MultiViews` from `Options` and the `type-map` handler, and publish explicit URLs per language or format.",
    ],
    faq: [
      {
        question: "What does 506 Variant Also Negotiates mean?",
        answer:
          "The server tried to pick one version of a resource (for a language or format) and the version it picked is itself set up to choose between versions, a configuration loop the server refuses to follow.",
      },
      {
        question: "Can I fix 506 as a client?",
        answer:
          "No; the server configuration has to change, although linking directly to one specific variant may avoid the negotiating URL.",
      },
      {
        question: "Is 506 still used?",
        answer:
          "Rarely. It belongs to the experimental Transparent Content Negotiation spec, and Apache's mod_negotiation is practically the only common software that emits it.",
      },
    ],
    spec: rfc(2295, '8.1'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 406, difference: "Negotiation worked but no variant matches the client's `Accept` headers; 506 means the negotiation setup itself loops." },
      { code: 300, difference: "The server lists the variants for the client to choose from; 506 means its own choice led to another negotiation." },
      { code: 500, difference: "A generic server failure; 506 names one specific misconfiguration in content negotiation." },
    ],
  }),
  official({
    code: 507,
    name: "Insufficient Storage",
    aliases: [],
    fault: 'server',
    faultNote:
      "Although a 5xx, the fix is often the user's: a personal quota in Nextcloud or another WebDAV service is full, and deleting files resolves it.",
    summary:
      "The server could not store what the request needed because a disk or a user's storage quota is full. Common on WebDAV file services when uploading into a full account.",
    meaning:
      "RFC 4918 §11.5 defines 507 for a method that cannot be performed because the server is unable to store the representation needed to complete the request. The condition is treated as temporary: space can be freed or a quota raised. If the failed request was the result of a user action, it must not be repeated until the user asks again, which keeps sync clients from looping against a full disk. It differs from 413, which rejects a request body as too large no matter how much space is free, and from 500, which is an unexpected failure.",
    causes: [
      "A Nextcloud or ownCloud user's quota is exhausted, and the WebDAV `PUT` of a new or larger file is refused with 507.",
      "The partition holding the data directory or the temporary upload and chunking folders is full on the server.",
      "A WebDAV `COPY` or `MKCOL` on a NAS or storage appliance would exceed the remaining space of the share.",
      "An external storage backend mounted into the file service (S3, SMB, NFS) reports no free space, and the DAV layer passes that on as 507.",
    ],
    fixesForVisitors: [
      "Free up space in your account: delete unneeded files and empty the trash and old file versions, which often still count toward the quota.",
      "Check your quota in the service's settings and ask the administrator for more space if you need it.",
      "Start the upload again yourself once space is freed; sync clients may stay paused until you do.",
    ],
    fixesForDevelopers: [
      "Check disk usage on the server (`df -h`, `du -sh` on the data and temp directories) and the user's quota in the application, e.g. `occ user:info <uid>` in Nextcloud.",
      "Place temporary upload directories (`upload_tmp_dir`, chunk folders) on a partition with room for the largest file you accept.",
      "Expose remaining space through the WebDAV `quota-available-bytes` and `quota-used-bytes` properties (RFC 4331) so clients can warn before uploading.",
      "In sync clients, stop automatic retries on 507 and show a message, because RFC 4918 forbids repeating a user-initiated request without a new user action.",
      "Alert on disk usage and review trash and version retention, so storage does not fill up silently.",
    ],
    faq: [
      {
        question: "What does 507 Insufficient Storage mean in Nextcloud?",
        answer:
          "Your account's quota or the server's disk is full. Files in the trash and old versions may still take up space, so empty them or ask the admin to raise the quota.",
      },
      {
        question: "507 vs 413?",
        answer:
          "413 rejects a request body that exceeds a size limit regardless of free space; 507 means the storage itself has no room for the data right now.",
      },
      {
        question: "May a client retry a 507 automatically?",
        answer:
          "Not for a request the user triggered: RFC 4918 requires a fresh user action before repeating it, since nothing changes until space is freed.",
      },
    ],
    spec: rfc(4918, '11.5'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 413, difference: "The request body exceeds a configured size limit; 507 means there is no room to store it." },
      { code: 500, difference: "An unexpected failure; 507 names a specific, usually fixable, lack of storage." },
      { code: 503, difference: "The whole service is temporarily unavailable; 507 only affects requests that need to store data." },
    ],
  }),
  official({
    code: 508,
    name: "Loop Detected",
    aliases: [],
    fault: 'server',
    faultNote:
      "On shared hosting, 508 is widely reused by CloudLinux for \"Resource Limit Is Reached\", which means the account hit its process, CPU or memory limit, not that anything looped.",
    summary:
      "The server stopped a WebDAV operation with `Depth: infinity` because it found an infinite loop among bound resources. On shared hosts the same number is often used for a non-standard \"resource limit reached\" page.",
    meaning:
      "RFC 5842, the WebDAV Binding Extensions, defines 508 for a server that terminated an operation because it met an infinite loop while processing a request with `Depth: infinity`. Bindings let one collection appear under several paths, including inside itself, so a depth-infinity PROPFIND or similar request could otherwise recurse forever. The code means the entire operation failed. Its sibling 208 Already Reported lets a server sidestep the loop in a Multi-Status reply by listing a resource only once. Outside WebDAV, some hosting platforms use 508 with a meaning of their own that has nothing to do with loops.",
    causes: [
      "A WebDAV `PROPFIND` with `Depth: infinity` walks into a collection that contains a binding to one of its own ancestors.",
      "A depth-infinity operation on a collection whose bindings (RFC 5842) form a cycle, which the server aborts instead of recursing.",
      "CloudLinux LVE on cPanel shared hosting shows \"508 Resource Limit Is Reached\" when the account exceeds its entry-process (concurrent request), CPU or memory limit.",
      "A WebDAV server that exposes filesystem symlinks finds a symlink cycle during a recursive request and reports it as 508.",
    ],
    fixesForVisitors: [
      "On a site showing \"Resource Limit Is Reached\", wait a few minutes and reload; the limit applies to that one hosting account and clears as its load drops.",
      "In a WebDAV client, browse one folder level at a time instead of starting a recursive listing or copy.",
    ],
    fixesForDevelopers: [
      "Reproduce with a bounded depth: `curl -X PROPFIND -H 'Depth: 1' https://dav.example.com/folder/`, then walk down to find the binding or symlink that points back up.",
      "Remove the cyclic binding (`UNBIND`) or symlink, or configure the server to refuse `Depth: infinity` requests altogether.",
      "Use 208 Already Reported in Multi-Status responses so a depth-infinity listing can mention a multiply-bound resource once instead of failing.",
      "For CloudLinux 508s, check the Resource Usage page in cPanel and reduce concurrent PHP requests (page caching, fewer slow scripts, blocking abusive bots), or raise the plan's entry-process limit.",
    ],
    faq: [
      {
        question: "Why does my website show 508 Resource Limit Is Reached?",
        answer:
          "That is a CloudLinux shared-hosting message, not the WebDAV meaning: the account used more concurrent processes, CPU or memory than the plan allows, and the host throttled it.",
      },
      {
        question: "508 vs 208 Already Reported?",
        answer:
          "208 lets a server mention a resource once and mark later appearances as already reported, so the response stays finite; 508 is the outcome when the server instead aborts because of the loop.",
      },
      {
        question: "Can a redirect loop cause 508?",
        answer:
          "Not in the standard sense: redirect loops are detected by the client, which gives up after a number of hops; 508 concerns loops the server finds while walking its own WebDAV collections.",
      },
    ],
    spec: rfc(5842, '7.2'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 208, difference: "Avoids the loop by reporting each bound resource once inside a 207; 508 aborts the whole operation." },
      { code: 207, difference: "The Multi-Status response a successful depth-infinity request returns when no loop stops it." },
      { code: 503, difference: "The standard code for a server that is temporarily overloaded, which is what shared hosts actually mean by their 508 page." },
    ],
  }),
  official({
    code: 510,
    name: "Not Extended (OBSOLETED)",
    aliases: ["Not Extended"],
    fault: 'server',
    faultNote:
      "The 5xx class is misleading here: the server refuses because the request lacks a mandatory extension declaration, which is a requirement on the client.",
    summary:
      "The request did not meet the server's policy for the resource under the HTTP Extension Framework, which required a particular extension to be declared. That framework is now historic, and IANA marks 510 as obsoleted.",
    meaning:
      "RFC 2774, an experimental HTTP Extension Framework from 2000, let a server demand that requests declare mandatory extensions, using the `M-` method prefix and `Man` or `Opt` headers. 510 meant the policy for accessing the resource was not met, and the response was supposed to tell the client what it needed to send an extended request. The framework saw almost no deployment and the IETF moved it to Historic status, so the IANA registry now lists 510 as \"Not Extended (OBSOLETED)\". New applications should not emit it. A server that needs something specific from a client today uses 400, 403, 412 or 428 with an explanatory body, or 426 for a protocol switch.",
    causes: [
      "A legacy system built on RFC 2774 requires an `M-` method such as `M-POST` with a `Man:` header naming a mandatory extension, and the client sent a plain request.",
      "Old middleware that implemented the framework's mandatory-extension checks still answers 510 when the `Man` header is missing or names an unknown extension.",
      "Some APIs reuse 510 loosely for \"a required extension or feature flag is missing from the request\", outside the original framework.",
      "Status-code mock endpoints such as httpbin's `/status/510` are used to check how clients handle rare and obsolete codes.",
    ],
    fixesForVisitors: [
      "There is nothing to change in a browser; the server expects a special extended request that ordinary browsers never send, so report the URL to the site owner.",
      "If a specialised client application reports 510, update it or look in its documentation for required extension settings.",
    ],
    fixesForDevelopers: [
      "Read the 510 body: under RFC 2774 it should describe the extension the server requires and how to declare it.",
      "If you control the server, stop emitting 510 and describe the missing requirement with 400 or 403 and a problem-details body, or 428 for a missing precondition.",
      "If you must talk to a legacy RFC 2774 service, send the declaration it expects, e.g. `M-POST` with `Man: \"http://example.com/ext\"; ns=15` and the matching `15-` prefixed headers.",
      "In client code, treat 510 as a permanent failure that will not resolve by retrying the same request.",
    ],
    faq: [
      {
        question: "Is 510 Not Extended still in use?",
        answer:
          "Hardly. Its defining spec, RFC 2774, was experimental, saw little adoption and is now Historic, which is why IANA lists the code as obsoleted.",
      },
      {
        question: "Why is 510 a server error when the client left something out?",
        answer:
          "The extension framework's authors placed it in 5xx; conceptually it is a policy requirement on the request and sits closer to a client error.",
      },
      {
        question: "What should I use instead of 510?",
        answer:
          "Pick the code that states the real issue: 400 for a missing required parameter or header, 403 for a policy refusal, 428 for a missing precondition, or 426 for a required protocol change.",
      },
    ],
    spec: rfc(2774, '7'),
    headers: [],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 400, difference: "The current, general way to reject a request that lacks something required; 510 is tied to a historic extension framework." },
      { code: 426, difference: "Asks the client to switch protocols via `Upgrade`; 510 asked it to declare an HTTP extension." },
      { code: 428, difference: "Demands a conditional header before a write; a modern, specific replacement for one kind of \"your request must include X\"." },
    ],
  }),
  official({
    code: 511,
    name: "Network Authentication Required",
    aliases: [],
    fault: 'server',
    faultNote:
      "Neither the website nor your browser is at fault: a captive portal on the local network, such as hotel, airport or café Wi-Fi, intercepted the request until you sign in.",
    summary:
      "A network gatekeeper, typically a Wi-Fi captive portal, intercepted the request because you must log in or accept terms before getting internet access. It comes from the network, not from the site you asked for.",
    meaning:
      "RFC 6585 §6 defines 511 for a client that needs to authenticate to gain network access. It is intended for intercepting proxies placed in front of a network to control access, and origin servers should not generate it. The response should contain a link to a page where the user can submit credentials, but not the login form itself or an HTTP authentication challenge, because the browser would present them as belonging to the originally requested site. Caches must not store 511 responses. Unlike 401 and 407, it is not about credentials for the website or for a proxy the client chose, but about access to the network itself.",
    causes: [
      "Hotel, airport or café Wi-Fi requires accepting terms or entering a room number or voucher code before any traffic is let through.",
      "A corporate guest network or an ISP holds traffic behind a sign-in page until the account is activated or a data allowance is renewed.",
      "A captive-portal session expired, for example after 24 hours, and the gateway starts intercepting requests again.",
      "An API client, package manager or background sync running on such a network receives the portal's 511 instead of the expected data and fails with confusing parse errors.",
      "Portal products that follow RFC 6585 send 511 so that non-browser software can recognise the situation; many others use 302 redirects or DNS tricks instead.",
    ],
    fixesForVisitors: [
      "Open a plain `http://` page in a browser, or use the operating system's network sign-in prompt, and complete the portal's login or terms page.",
      "If no login page appears, disconnect and reconnect to the Wi-Fi, or turn off a VPN or custom DNS setting that may hide the portal.",
      "Ask the venue's staff for the access code or the portal address if the sign-in page does not load.",
    ],
    fixesForDevelopers: [
      "Detect 511 in API clients and show a \"sign in to this network\" message instead of a generic parse or server error.",
      "If you run a captive portal, answer with 511, `Cache-Control: no-store` and a small HTML body that links to the login page (e.g. via `<meta http-equiv=\"refresh\" content=\"0; url=https://portal.example/\">`).",
      "Keep the `WWW-Authenticate` challenge and the login form out of the 511 itself; browsers would attribute them to the site the user originally requested.",
      "Make sure operating-system connectivity checks, which are plain HTTP probes, reach the portal, since it cannot intercept HTTPS without certificate errors.",
      "Never return 511 from an origin server for application logins; use 401 with a challenge or a redirect to your own login page.",
    ],
    faq: [
      {
        question: "Why do I get 511 Network Authentication Required on public Wi-Fi?",
        answer:
          "The Wi-Fi's captive portal blocks internet access until you sign in or accept its terms; open a browser and complete that page.",
      },
      {
        question: "511 vs 401 vs 407?",
        answer:
          "401 asks for credentials for the website, 407 for a proxy your client is configured to use, and 511 for the network you are connected to, sent by an intercepting gateway.",
      },
      {
        question: "Should my web app return 511 when the user is logged out?",
        answer:
          "No. RFC 6585 says origin servers should not send 511; it is meant for network gateways, and applications use 401 or a redirect to their login page.",
      },
      {
        question: "Why do HTTPS sites show a certificate warning instead of the 511 page?",
        answer:
          "A captive portal cannot answer inside an encrypted connection to another site without a certificate mismatch, so secure sites fail with a TLS error while plain HTTP requests get the portal's response.",
      },
    ],
    spec: rfc(6585, '6'),
    headers: [
      header(
        'WWW-Authenticate',
        'SHOULD NOT',
        "Do not put an authentication challenge (or the login form) in a 511; browsers would show it as if it came from the requested site. Link to the portal's login page from the body instead.",
        rfc(6585, '6'),
      ),
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [
      { code: 401, difference: "The website itself wants credentials, announced with `WWW-Authenticate`; 511 is about access to the network." },
      { code: 407, difference: "A proxy the client deliberately uses wants credentials via `Proxy-Authenticate`; 511 comes from an intercepting gateway." },
      { code: 302, difference: "What many captive portals send instead of 511, redirecting every request to their login page." },
    ],
  }),
];
