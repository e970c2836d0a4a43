// Named status-code constants of popular HTTP libraries, as data.
//
// Each family lists the members a library really defines (spellings checked against the library
// sources: CPython Lib/http/__init__.py, Go net/http/status.go, Django REST framework and Starlette
// status.py, http-status-codes, NestJS http-status.enum.ts, Spring HttpStatus.java, Servlet
// HttpServletResponse, java.net.HttpURLConnection, .NET HttpStatusCode and ASP.NET Core StatusCodes,
// Ktor HttpStatusCode, Symfony Response, Rack::Utils, Rust http StatusCode, Rocket Status, Dart's
// dart:io HttpStatus, OpenResty's ngx.HTTP_*, OkHttp's HttpStatusCodes.kt and NanoHTTPD's Status.java),
// including deprecated and legacy names, so that old code is still recognised.
//
// The tables are shared by detection (constant -> code), and by refactors and completion
// (code -> preferred spelling, see `constantName` / `constantText`).
//
// Pure data + tiny helpers; no vscode and no Node APIs (safe in node, web workers and benchmarks).

import { getStatus } from '../catalog';
import type { HttpStatus } from '../types';
import { isIdentChar } from './chars';

export interface ConstantFamily {
  /** Stable id, e.g. 'python-httpstatus'. */
  readonly id: string;
  /** Human label, e.g. 'Python http.HTTPStatus'. */
  readonly label: string;
  /** VS Code languageIds where the family is idiomatic (completion/refactors use this). */
  readonly languageIds: readonly string[];
  /**
   * What is written before the member. '*' means any identifier (Go `http.StatusOK`, `fiber.StatusOK`,
   * Servlet-style `X.SC_OK`). A dotted qualifier ('Response.Status') must match the last segments.
   * An empty list means the member is written bare (Rails symbols, libsoup's `SOUP_STATUS_OK`, libmicrohttpd's `MHD_HTTP_OK`).
   */
  readonly qualifiers: readonly string[];
  /** The qualifier used when writing a constant (refactors), e.g. 'HTTPStatus'. */
  readonly preferredQualifier: string;
  /** Separator between qualifier and member. ':' is the Ruby symbol prefix (no qualifier). */
  readonly separator: '.' | '::' | ':';
  /** member -> code, preferred spellings first for each code; deprecated ones included. */
  readonly names: ReadonlyMap<string, number>;
  /** Members that the library marks deprecated / obsolete (still detected, never suggested). */
  readonly deprecated: ReadonlySet<string>;
  /** Member names that carry the code themselves (`HTTP_404_NOT_FOUND`, `Status404NotFound`): group 1 is the code. */
  readonly codeInName?: RegExp;
  /** Member names must start with this prefix to be considered (fast filter), e.g. 'Status', 'SC_'. */
  readonly memberPrefix?: string;
  /**
   * The members are values, never called: `status::ok()` is some other class's method, not Beast's
   * `status::ok`.
   */
  readonly neverCalled?: boolean;
  /**
   * Members are response classes (Ruby's `Net::HTTPNotFound`): a mention where code tests for one (`when Net::HTTPNotFound`,
   * `is_a?(Net::HTTPForbidden)`), not where the class is defined (`class Net::HTTPNotFound < ...`) or built with its status
   * as an argument (`Net::HTTPForbidden.new('1.1', 403, 'Forbidden')`, where the number is the mention).
   */
  readonly responseClasses?: boolean;
  /**
   * Languages where the members are also written without the qualifier, and read so (Drogon's
   * `k404NotFound`, brought in by `using namespace drogon`): only the exact member names count.
   */
  readonly bareIn?: readonly string[];
  /**
   * What must come right before a bare member (see `bareIn`), when the names are also common words of
   * other code: akka-http's `complete(NotFound)`, `status: NotFound` after `import StatusCodes._`.
   */
  readonly bareAfter?: RegExp | Readonly<Record<string, RegExp>>;
  /**
   * Read only in these languages. A family whose qualifier starts in lower case (`status_code::ok`) would
   * otherwise add a lower-case trigger to the line filter of every language, which costs every line.
   */
  readonly onlyIn?: readonly string[];
  /**
   * The family adds no trigger to the line filter, so a member counts only where a status word the filter
   * already looks for is near it (`if r.status_code == requests.codes.ok:`). Python Requests' lower-case
   * qualifier (`codes.`) as a trigger cost whole-file scans of Python 19–27% (docs/benchmark.md); a status
   * word within the decision windows needs no trigger of its own. The qualifiers are also read exactly: a
   * one-word qualifier must not itself be a member of something else (Kong's `Errors.codes.NOT_FOUND`).
   */
  readonly onlyNearStatus?: boolean;
  /**
   * The literals the line filter of the family's languages (`onlyIn`) looks for, instead of its qualifiers: each is part of
   * every constant of the family and starts with the letter the shared triggers already start with (`tatus.`), which costs
   * the filter next to nothing (`http_client.` would add a lower-case `h`).
   */
  readonly triggers?: readonly string[];
  /**
   * Members another library writes with the same qualifier and member (gRPC's `StatusCode.NotFound`,
   * OpenTelemetry's `StatusCode.Ok`): read only when no word of that library is near.
   */
  readonly shared?: { readonly members: ReadonlySet<string>; readonly otherLibrary: RegExp };
  /**
   * The spelling to write for a code where the library's newest name needs a recent release
   * (Python 3.13's `CONTENT_TOO_LARGE`, Spring 6.1's `CONTENT_TOO_LARGE`): generated code should run on
   * the versions people use today, so snippets, refactors and completion write these instead.
   */
  readonly portable?: Readonly<Record<number, string>>;
  /**
   * The members are typed values, not plain integers: a Java or C# enum, a Rust or Kotlin struct, a C++ scoped enum.
   * Code that needs the number converts them, and code that takes a member does not take a number. Refactors
   * write a number for a member (or a member for a number) only together with the conversion (`toNumber`), or
   * where an argument takes either (`takesEither`).
   */
  readonly typed?: {
    /** The text before the argument of a call that takes the member or a number: Spring's `ResponseEntity.status(`. */
    readonly takesEither?: RegExp;
  };
  /**
   * How code writes a member's number: right after it (Spring's `.value()`, Rust's `.as_u16()`, Python's `.value`)
   * or right before it (C#'s `(int)` cast). Refactors replace the member with its conversion as one piece.
   */
  readonly toNumber?: { readonly after?: string; readonly before?: RegExp };
}

/** Parses 'NAME=123 OTHER=456 ...'; names marked with a trailing '!' are deprecated. */
function table(spec: string): { names: Map<string, number>; deprecated: Set<string> } {
  const names = new Map<string, number>();
  const deprecated = new Set<string>();
  for (const item of spec.split(/\s+/)) {
    if (!item) continue;
    const eq = item.indexOf('=');
    let name = item.slice(0, eq);
    const code = Number(item.slice(eq + 1));
    if (name.endsWith('!')) {
      name = name.slice(0, -1);
      deprecated.add(name);
    }
    if (!names.has(name)) names.set(name, code);
  }
  return { names, deprecated };
}

function family(
  base: Omit<ConstantFamily, 'names' | 'deprecated'>,
  spec: string,
): ConstantFamily {
  const t = table(spec);
  return Object.freeze({ ...base, names: t.names, deprecated: t.deprecated });
}

// OpenResty (lua-nginx-module) `ngx.HTTP_*` status constants; `ngx.HTTP_GET` and the other methods share
// the prefix and are not listed.
const OPENRESTY_NGX = `HTTP_CONTINUE=100 HTTP_SWITCHING_PROTOCOLS=101 HTTP_OK=200 HTTP_CREATED=201 HTTP_ACCEPTED=202
HTTP_NO_CONTENT=204 HTTP_PARTIAL_CONTENT=206 HTTP_SPECIAL_RESPONSE=300 HTTP_MOVED_PERMANENTLY=301
HTTP_MOVED_TEMPORARILY=302 HTTP_SEE_OTHER=303 HTTP_NOT_MODIFIED=304 HTTP_TEMPORARY_REDIRECT=307 HTTP_PERMANENT_REDIRECT=308
HTTP_BAD_REQUEST=400 HTTP_UNAUTHORIZED=401 HTTP_PAYMENT_REQUIRED=402 HTTP_FORBIDDEN=403 HTTP_NOT_FOUND=404
HTTP_NOT_ALLOWED=405 HTTP_NOT_ACCEPTABLE=406 HTTP_REQUEST_TIMEOUT=408 HTTP_CONFLICT=409 HTTP_GONE=410
HTTP_UPGRADE_REQUIRED=426 HTTP_TOO_MANY_REQUESTS=429 HTTP_CLOSE=444 HTTP_ILLEGAL=451 HTTP_INTERNAL_SERVER_ERROR=500
HTTP_METHOD_NOT_IMPLEMENTED=501 HTTP_BAD_GATEWAY=502 HTTP_SERVICE_UNAVAILABLE=503 HTTP_GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 HTTP_INSUFFICIENT_STORAGE=507`;

// Haskell http-types `Network.HTTP.Types.Status` (aristidb/http-types, Network/HTTP/Types/Status.hs): each status as
// `statusNNN` and as a named value ending in its code (`notFound404`), written bare after an import (a qualified
// `HTTP.status404` is read by its name: a generic qualifier such as `HTTP` would let other languages' `HTTP.OK` in).
const HASKELL_HTTP_TYPES = `status100=100 continue100=100 status101=101 switchingProtocols101=101 status200=200 ok200=200 status201=201
created201=201 status202=202 accepted202=202 status203=203 nonAuthoritative203=203 status204=204
noContent204=204 status205=205 resetContent205=205 status206=206 partialContent206=206 status300=300
multipleChoices300=300 status301=301 movedPermanently301=301 status302=302 found302=302 status303=303
seeOther303=303 status304=304 notModified304=304 status305=305 useProxy305=305 status307=307
temporaryRedirect307=307 status308=308 permanentRedirect308=308 status400=400 badRequest400=400 status401=401
unauthorized401=401 status402=402 paymentRequired402=402 status403=403 forbidden403=403 status404=404
notFound404=404 status405=405 methodNotAllowed405=405 status406=406 notAcceptable406=406 status407=407
proxyAuthenticationRequired407=407 status408=408 requestTimeout408=408 status409=409 conflict409=409
status410=410 gone410=410 status411=411 lengthRequired411=411 status412=412 preconditionFailed412=412
status413=413 requestEntityTooLarge413=413 status414=414 requestURITooLong414=414 status415=415
unsupportedMediaType415=415 status416=416 requestedRangeNotSatisfiable416=416 status417=417
expectationFailed417=417 status418=418 imATeapot418=418 status422=422 unprocessableEntity422=422 status426=426
upgradeRequired426=426 status428=428 preconditionRequired428=428 status429=429 tooManyRequests429=429
status431=431 requestHeaderFieldsTooLarge431=431 status500=500 internalServerError500=500 status501=501
notImplemented501=501 status502=502 badGateway502=502 status503=503 serviceUnavailable503=503 status504=504
gatewayTimeout504=504 status505=505 httpVersionNotSupported505=505 status511=511
networkAuthenticationRequired511=511`;

// Nim std/httpcore `HttpCode` constants (nim-lang/Nim, lib/pure/httpcore.nim): `Http404`, written bare after
// `import std/httpcore` (or through asynchttpserver and jester).
// Giraffe (F#) `HttpStatusCodeHandlers` (giraffe-fsharp/Giraffe, src/Giraffe/HttpStatusCodeHandlers.fs): HTTP handlers that
// set a status, one module per class, each as a lower-case function and an upper-case one that negotiates the body
// (`RequestErrors.NOT_FOUND "Not found"`). Handlers, not numbers: see `typed`.
const GIRAFFE_INTERMEDIATE = `CONTINUE=100 SWITCHING_PROTO=101`;
const GIRAFFE_SUCCESSFUL = `OK=200 ok=200 CREATED=201 created=201 ACCEPTED=202 accepted=202 NO_CONTENT=204`;
const GIRAFFE_REQUEST_ERRORS = `BAD_REQUEST=400 badRequest=400 UNAUTHORIZED=401 unauthorized=401 FORBIDDEN=403 forbidden=403
NOT_FOUND=404 notFound=404 METHOD_NOT_ALLOWED=405 methodNotAllowed=405 NOT_ACCEPTABLE=406 notAcceptable=406 CONFLICT=409
conflict=409 GONE=410 gone=410 UNSUPPORTED_MEDIA_TYPE=415 unsupportedMediaType=415 UNPROCESSABLE_ENTITY=422
unprocessableEntity=422 PRECONDITION_REQUIRED=428 preconditionRequired=428 TOO_MANY_REQUESTS=429 tooManyRequests=429`;
const GIRAFFE_SERVER_ERRORS = `INTERNAL_ERROR=500 internalError=500 NOT_IMPLEMENTED=501 notImplemented=501 BAD_GATEWAY=502
badGateway=502 SERVICE_UNAVAILABLE=503 serviceUnavailable=503 GATEWAY_TIMEOUT=504 gatewayTimeout=504 invalidHttpVersion=505`;

// Play Framework `play.api.mvc.Results` (playframework/playframework, core/play/src/main/scala/play/api/mvc/Results.scala):
// a result per status, written bare in controllers after `import play.api.mvc._` (`Ok(views.html.index())`,
// `NotFound(...)`); http4s's dsl writes the same names the same way (`Ok("hello")`). Results, not numbers: see `typed`.
const PLAY_RESULTS = `Continue=100 SwitchingProtocols=101 Ok=200 Created=201 Accepted=202 NonAuthoritativeInformation=203 NoContent=204
ResetContent=205 PartialContent=206 MultiStatus=207 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 TemporaryRedirect=307
PermanentRedirect=308 BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405
NotAcceptable=406 RequestTimeout=408 Conflict=409 Gone=410 PreconditionFailed=412 EntityTooLarge=413 UriTooLong=414
UnsupportedMediaType=415 ExpectationFailed=417 ImATeapot=418 UnprocessableEntity=422 Locked=423 FailedDependency=424
PreconditionRequired=428 TooManyRequests=429 RequestHeaderFieldsTooLarge=431 InternalServerError=500 NotImplemented=501 BadGateway=502
ServiceUnavailable=503 GatewayTimeout=504 HttpVersionNotSupported=505 InsufficientStorage=507 NetworkAuthenticationRequired=511`;

const NIM_HTTPCORE = `Http100=100 Http101=101 Http200=200 Http201=201 Http202=202 Http203=203 Http204=204 Http205=205 Http206=206
Http300=300 Http301=301 Http302=302 Http303=303 Http304=304 Http305=305 Http307=307 Http400=400 Http401=401 Http403=403
Http404=404 Http405=405 Http406=406 Http407=407 Http408=408 Http409=409 Http410=410 Http411=411 Http412=412 Http413=413
Http414=414 Http415=415 Http416=416 Http417=417 Http418=418 Http421=421 Http422=422 Http426=426 Http428=428 Http429=429
Http431=431 Http451=451 Http500=500 Http501=501 Http502=502 Http503=503 Http504=504 Http505=505`;

// Oat++'s `oatpp::web::protocol::http::Status` constants, named by their code (oatpp/oatpp @ c9765f9e,
// src/oatpp/web/protocol/http/Http.hpp): `Status::CODE_404`. (Its 306, 434, 449 and 509 are codes no status is registered
// for; the hover explains those the catalog holds.)
const OATPP_STATUS = `CODE_100=100 CODE_101=101 CODE_102=102 CODE_200=200 CODE_201=201 CODE_202=202 CODE_203=203 CODE_204=204 CODE_205=205
CODE_206=206 CODE_207=207 CODE_226=226 CODE_300=300 CODE_301=301 CODE_302=302 CODE_303=303 CODE_304=304 CODE_305=305
CODE_306=306 CODE_307=307 CODE_400=400 CODE_401=401 CODE_402=402 CODE_403=403 CODE_404=404 CODE_405=405 CODE_406=406
CODE_407=407 CODE_408=408 CODE_409=409 CODE_410=410 CODE_411=411 CODE_412=412 CODE_413=413 CODE_414=414 CODE_415=415
CODE_416=416 CODE_417=417 CODE_418=418 CODE_422=422 CODE_423=423 CODE_424=424 CODE_425=425 CODE_426=426 CODE_428=428
CODE_429=429 CODE_431=431 CODE_434=434 CODE_444=444 CODE_449=449 CODE_451=451 CODE_500=500 CODE_501=501 CODE_502=502
CODE_503=503 CODE_504=504 CODE_505=505 CODE_506=506 CODE_507=507 CODE_508=508 CODE_509=509 CODE_510=510 CODE_511=511`;

// Nette's `Nette\Http\IResponse` constants, which carry their code (nette/http @ 8c14b36a, src/Http/IResponse.php):
// `IResponse::S404_NotFound`, and the upper-case names they replaced (`IResponse::S404_NOT_FOUND`, deprecated).
// Read in PHP only, under `IResponse` and `Response` (`self::` and `static::` are Nette's own code).
const NETTE_HTTP = `S100_Continue=100 S101_SwitchingProtocols=101 S102_Processing=102 S200_OK=200 S201_Created=201 S202_Accepted=202
S203_NonAuthoritativeInformation=203 S204_NoContent=204 S205_ResetContent=205 S206_PartialContent=206
S207_MultiStatus=207 S208_AlreadyReported=208 S226_ImUsed=226 S300_MultipleChoices=300 S301_MovedPermanently=301
S302_Found=302 S303_PostGet=303 S304_NotModified=304 S305_UseProxy=305 S307_TemporaryRedirect=307
S308_PermanentRedirect=308 S400_BadRequest=400 S401_Unauthorized=401 S402_PaymentRequired=402 S403_Forbidden=403
S404_NotFound=404 S405_MethodNotAllowed=405 S406_NotAcceptable=406 S407_ProxyAuthenticationRequired=407
S408_RequestTimeout=408 S409_Conflict=409 S410_Gone=410 S411_LengthRequired=411 S412_PreconditionFailed=412
S413_RequestEntityTooLarge=413 S414_RequestUriTooLong=414 S415_UnsupportedMediaType=415
S416_RequestedRangeNotSatisfiable=416 S417_ExpectationFailed=417 S421_MisdirectedRequest=421
S422_UnprocessableEntity=422 S423_Locked=423 S424_FailedDependency=424 S426_UpgradeRequired=426
S428_PreconditionRequired=428 S429_TooManyRequests=429 S431_RequestHeaderFieldsTooLarge=431
S451_UnavailableForLegalReasons=451 S500_InternalServerError=500 S501_NotImplemented=501 S502_BadGateway=502
S503_ServiceUnavailable=503 S504_GatewayTimeout=504 S505_HttpVersionNotSupported=505 S506_VariantAlsoNegotiates=506
S507_InsufficientStorage=507 S508_LoopDetected=508 S510_NotExtended=510 S511_NetworkAuthenticationRequired=511
S100_CONTINUE!=100 S101_SWITCHING_PROTOCOLS!=101 S102_PROCESSING!=102 S201_CREATED!=201 S202_ACCEPTED!=202
S203_NON_AUTHORITATIVE_INFORMATION!=203 S204_NO_CONTENT!=204 S205_RESET_CONTENT!=205 S206_PARTIAL_CONTENT!=206
S207_MULTI_STATUS!=207 S208_ALREADY_REPORTED!=208 S226_IM_USED!=226 S300_MULTIPLE_CHOICES!=300
S301_MOVED_PERMANENTLY!=301 S302_FOUND!=302 S303_SEE_OTHER!=303 S303_POST_GET!=303 S304_NOT_MODIFIED!=304
S305_USE_PROXY!=305 S307_TEMPORARY_REDIRECT!=307 S308_PERMANENT_REDIRECT!=308 S400_BAD_REQUEST!=400
S401_UNAUTHORIZED!=401 S402_PAYMENT_REQUIRED!=402 S403_FORBIDDEN!=403 S404_NOT_FOUND!=404 S405_METHOD_NOT_ALLOWED!=405
S406_NOT_ACCEPTABLE!=406 S407_PROXY_AUTHENTICATION_REQUIRED!=407 S408_REQUEST_TIMEOUT!=408 S409_CONFLICT!=409
S410_GONE!=410 S411_LENGTH_REQUIRED!=411 S412_PRECONDITION_FAILED!=412 S413_REQUEST_ENTITY_TOO_LARGE!=413
S414_REQUEST_URI_TOO_LONG!=414 S415_UNSUPPORTED_MEDIA_TYPE!=415 S416_REQUESTED_RANGE_NOT_SATISFIABLE!=416
S417_EXPECTATION_FAILED!=417 S421_MISDIRECTED_REQUEST!=421 S422_UNPROCESSABLE_ENTITY!=422 S423_LOCKED!=423
S424_FAILED_DEPENDENCY!=424 S426_UPGRADE_REQUIRED!=426 S428_PRECONDITION_REQUIRED!=428 S429_TOO_MANY_REQUESTS!=429
S431_REQUEST_HEADER_FIELDS_TOO_LARGE!=431 S451_UNAVAILABLE_FOR_LEGAL_REASONS!=451 S500_INTERNAL_SERVER_ERROR!=500
S501_NOT_IMPLEMENTED!=501 S502_BAD_GATEWAY!=502 S503_SERVICE_UNAVAILABLE!=503 S504_GATEWAY_TIMEOUT!=504
S505_HTTP_VERSION_NOT_SUPPORTED!=505 S506_VARIANT_ALSO_NEGOTIATES!=506 S507_INSUFFICIENT_STORAGE!=507
S508_LOOP_DETECTED!=508 S510_NOT_EXTENDED!=510 S511_NETWORK_AUTHENTICATION_REQUIRED!=511`;

// Ninja's `ninja.Result` int constants, which carry their code (ninjaframework/ninja @ 1424b021,
// ninja-core/src/main/java/ninja/Result.java): `Result.SC_404_NOT_FOUND`.
const NINJA_RESULT = `SC_101_SWITCHING_PROTOCOLS=101 SC_200_OK=200 SC_201_CREATED=201 SC_204_NO_CONTENT=204
SC_300_MULTIPLE_CHOICES=300 SC_301_MOVED_PERMANENTLY=301 SC_302_FOUND=302 SC_303_SEE_OTHER=303 SC_304_NOT_MODIFIED=304
SC_307_TEMPORARY_REDIRECT=307 SC_400_BAD_REQUEST=400 SC_401_UNAUTHORIZED=401 SC_403_FORBIDDEN=403 SC_404_NOT_FOUND=404
SC_500_INTERNAL_SERVER_ERROR=500 SC_501_NOT_IMPLEMENTED=501`;

// Restlet's `org.restlet.data.Status` constants (restlet/restlet-framework-java, modules/org.restlet/src/main/java/org/restlet/data/Status.java):
// `setStatus(Status.CLIENT_ERROR_NOT_FOUND)`. Its HTTP statuses only (not its warning codes 110-299 or connector errors 1000-1002).
// (Its preferred qualifier is the class's full name: a bare `Status.` in Java is JAX-RS's more often, and completion keeps
// offering JAX-RS's names there.)
const RESTLET_STATUS = `INFO_CONTINUE=100 INFO_SWITCHING_PROTOCOL=101 INFO_PROCESSING=102 SUCCESS_OK=200 SUCCESS_CREATED=201
SUCCESS_ACCEPTED=202 SUCCESS_NON_AUTHORITATIVE=203 SUCCESS_NO_CONTENT=204 SUCCESS_RESET_CONTENT=205 SUCCESS_PARTIAL_CONTENT=206
SUCCESS_MULTI_STATUS=207 REDIRECTION_MULTIPLE_CHOICES=300 REDIRECTION_PERMANENT=301 REDIRECTION_FOUND=302 REDIRECTION_SEE_OTHER=303
REDIRECTION_NOT_MODIFIED=304 REDIRECTION_USE_PROXY=305 REDIRECTION_TEMPORARY=307 CLIENT_ERROR_BAD_REQUEST=400
CLIENT_ERROR_UNAUTHORIZED=401 CLIENT_ERROR_PAYMENT_REQUIRED=402 CLIENT_ERROR_FORBIDDEN=403 CLIENT_ERROR_NOT_FOUND=404
CLIENT_ERROR_METHOD_NOT_ALLOWED=405 CLIENT_ERROR_NOT_ACCEPTABLE=406 CLIENT_ERROR_PROXY_AUTHENTIFICATION_REQUIRED=407
CLIENT_ERROR_REQUEST_TIMEOUT=408 CLIENT_ERROR_CONFLICT=409 CLIENT_ERROR_GONE=410 CLIENT_ERROR_LENGTH_REQUIRED=411
CLIENT_ERROR_PRECONDITION_FAILED=412 CLIENT_ERROR_REQUEST_ENTITY_TOO_LARGE=413 CLIENT_ERROR_REQUEST_URI_TOO_LONG=414
CLIENT_ERROR_UNSUPPORTED_MEDIA_TYPE=415 CLIENT_ERROR_REQUESTED_RANGE_NOT_SATISFIABLE=416 CLIENT_ERROR_EXPECTATION_FAILED=417
CLIENT_ERROR_UNPROCESSABLE_ENTITY=422 CLIENT_ERROR_LOCKED=423 CLIENT_ERROR_FAILED_DEPENDENCY=424 CLIENT_ERROR_TOO_MANY_REQUESTS=429
SERVER_ERROR_INTERNAL=500 SERVER_ERROR_NOT_IMPLEMENTED=501 SERVER_ERROR_BAD_GATEWAY=502 SERVER_ERROR_SERVICE_UNAVAILABLE=503
SERVER_ERROR_GATEWAY_TIMEOUT=504 SERVER_ERROR_VERSION_NOT_SUPPORTED=505 SERVER_ERROR_INSUFFICIENT_STORAGE=507`;

// Nextcloud's `OCP\AppFramework\Http` constants (nextcloud-deps/ocp, OCP/AppFramework/Http.php), used by every Nextcloud app:
// `new JSONResponse([], Http::STATUS_NOT_FOUND)`. Its own spelling of 203 kept; `STATUS_RESERVED` (306) left out.
const NEXTCLOUD_HTTP = `STATUS_CONTINUE=100 STATUS_SWITCHING_PROTOCOLS=101 STATUS_PROCESSING=102 STATUS_OK=200 STATUS_CREATED=201
STATUS_ACCEPTED=202 STATUS_NON_AUTHORATIVE_INFORMATION=203 STATUS_NO_CONTENT=204 STATUS_RESET_CONTENT=205
STATUS_PARTIAL_CONTENT=206 STATUS_MULTI_STATUS=207 STATUS_ALREADY_REPORTED=208 STATUS_IM_USED=226
STATUS_MULTIPLE_CHOICES=300 STATUS_MOVED_PERMANENTLY=301 STATUS_FOUND=302 STATUS_SEE_OTHER=303 STATUS_NOT_MODIFIED=304
STATUS_USE_PROXY=305 STATUS_TEMPORARY_REDIRECT=307 STATUS_BAD_REQUEST=400 STATUS_UNAUTHORIZED=401
STATUS_PAYMENT_REQUIRED=402 STATUS_FORBIDDEN=403 STATUS_NOT_FOUND=404 STATUS_METHOD_NOT_ALLOWED=405
STATUS_NOT_ACCEPTABLE=406 STATUS_PROXY_AUTHENTICATION_REQUIRED=407 STATUS_REQUEST_TIMEOUT=408 STATUS_CONFLICT=409
STATUS_GONE=410 STATUS_LENGTH_REQUIRED=411 STATUS_PRECONDITION_FAILED=412 STATUS_REQUEST_ENTITY_TOO_LARGE=413
STATUS_REQUEST_URI_TOO_LONG=414 STATUS_UNSUPPORTED_MEDIA_TYPE=415 STATUS_REQUEST_RANGE_NOT_SATISFIABLE=416
STATUS_EXPECTATION_FAILED=417 STATUS_IM_A_TEAPOT=418 STATUS_UNPROCESSABLE_ENTITY=422 STATUS_LOCKED=423
STATUS_FAILED_DEPENDENCY=424 STATUS_UPGRADE_REQUIRED=426 STATUS_PRECONDITION_REQUIRED=428 STATUS_TOO_MANY_REQUESTS=429
STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE=431 STATUS_INTERNAL_SERVER_ERROR=500 STATUS_NOT_IMPLEMENTED=501
STATUS_BAD_GATEWAY=502 STATUS_SERVICE_UNAVAILABLE=503 STATUS_GATEWAY_TIMEOUT=504 STATUS_HTTP_VERSION_NOT_SUPPORTED=505
STATUS_VARIANT_ALSO_NEGOTIATES=506 STATUS_INSUFFICIENT_STORAGE=507 STATUS_LOOP_DETECTED=508
STATUS_BANDWIDTH_LIMIT_EXCEEDED=509 STATUS_NOT_EXTENDED=510 STATUS_NETWORK_AUTHENTICATION_REQUIRED=511`;

// Simple-Web-Server's `SimpleWeb::StatusCode` (eidheim/Simple-Web-Server, status_code.hpp): `response->write(StatusCode::client_error_not_found)`.
// (its `redirection_switch_proxy`, 306, is left out: no status has that code today.)
const SIMPLE_WEB_STATUS_CODE = `information_continue=100 information_switching_protocols=101 information_processing=102 success_ok=200
success_created=201 success_accepted=202 success_non_authoritative_information=203 success_no_content=204
success_reset_content=205 success_partial_content=206 success_multi_status=207 success_already_reported=208 success_im_used=226
redirection_multiple_choices=300 redirection_moved_permanently=301 redirection_found=302 redirection_see_other=303
redirection_not_modified=304 redirection_use_proxy=305 redirection_temporary_redirect=307 redirection_permanent_redirect=308
client_error_bad_request=400 client_error_unauthorized=401 client_error_payment_required=402 client_error_forbidden=403
client_error_not_found=404 client_error_method_not_allowed=405 client_error_not_acceptable=406
client_error_proxy_authentication_required=407 client_error_request_timeout=408 client_error_conflict=409 client_error_gone=410
client_error_length_required=411 client_error_precondition_failed=412 client_error_payload_too_large=413
client_error_uri_too_long=414 client_error_unsupported_media_type=415 client_error_range_not_satisfiable=416
client_error_expectation_failed=417 client_error_im_a_teapot=418 client_error_misdirection_required=421
client_error_unprocessable_entity=422 client_error_locked=423 client_error_failed_dependency=424 client_error_upgrade_required=426
client_error_precondition_required=428 client_error_too_many_requests=429 client_error_request_header_fields_too_large=431
client_error_unavailable_for_legal_reasons=451 server_error_internal_server_error=500 server_error_not_implemented=501
server_error_bad_gateway=502 server_error_service_unavailable=503 server_error_gateway_timeout=504
server_error_http_version_not_supported=505 server_error_variant_also_negotiates=506 server_error_insufficient_storage=507
server_error_loop_detected=508 server_error_not_extended=510 server_error_network_authentication_required=511`;

// Envoy's `envoy.type.v3.StatusCode` proto enum (envoyproxy/envoy, api/envoy/type/v3/http_status.proto), as Go code
// generated by go-control-plane names it: `typev3.StatusCode_Forbidden` in ext_authz servers and filters (v2: `envoy_type.`).
// (Read in every language, like the other named families: each member holds `Status`, a trigger every line is
// already tested for, where an `onlyIn` family would add its qualifiers as lower-case triggers to every Go line.)
const ENVOY_STATUS_CODE = `StatusCode_Continue=100 StatusCode_OK=200 StatusCode_Created=201 StatusCode_Accepted=202
StatusCode_NonAuthoritativeInformation=203 StatusCode_NoContent=204 StatusCode_ResetContent=205 StatusCode_PartialContent=206
StatusCode_MultiStatus=207 StatusCode_AlreadyReported=208 StatusCode_IMUsed=226 StatusCode_MultipleChoices=300
StatusCode_MovedPermanently=301 StatusCode_Found=302 StatusCode_SeeOther=303 StatusCode_NotModified=304 StatusCode_UseProxy=305
StatusCode_TemporaryRedirect=307 StatusCode_PermanentRedirect=308 StatusCode_BadRequest=400 StatusCode_Unauthorized=401
StatusCode_PaymentRequired=402 StatusCode_Forbidden=403 StatusCode_NotFound=404 StatusCode_MethodNotAllowed=405
StatusCode_NotAcceptable=406 StatusCode_ProxyAuthenticationRequired=407 StatusCode_RequestTimeout=408 StatusCode_Conflict=409
StatusCode_Gone=410 StatusCode_LengthRequired=411 StatusCode_PreconditionFailed=412 StatusCode_PayloadTooLarge=413
StatusCode_URITooLong=414 StatusCode_UnsupportedMediaType=415 StatusCode_RangeNotSatisfiable=416 StatusCode_ExpectationFailed=417
StatusCode_MisdirectedRequest=421 StatusCode_UnprocessableEntity=422 StatusCode_Locked=423 StatusCode_FailedDependency=424
StatusCode_UpgradeRequired=426 StatusCode_PreconditionRequired=428 StatusCode_TooManyRequests=429
StatusCode_RequestHeaderFieldsTooLarge=431 StatusCode_InternalServerError=500 StatusCode_NotImplemented=501
StatusCode_BadGateway=502 StatusCode_ServiceUnavailable=503 StatusCode_GatewayTimeout=504 StatusCode_HTTPVersionNotSupported=505
StatusCode_VariantAlsoNegotiates=506 StatusCode_InsufficientStorage=507 StatusCode_LoopDetected=508 StatusCode_NotExtended=510
StatusCode_NetworkAuthenticationRequired=511`;

// Zig's standard library `std.http.Status` (ziglang/zig, lib/std/http.zig): an enum written qualified (`std.http.Status.not_found`,
// `http.Status.ok`) or, where the type is known, as an enum literal (`.status = .not_found`, `sendJSON(.ok, ...)`).
// (`@"continue"` is listed as `continue`: its quoted form is not read.)
const ZIG_STD_HTTP_STATUS = `continue=100 switching_protocols=101 processing=102 early_hints=103 ok=200 created=201 accepted=202
non_authoritative_info=203 no_content=204 reset_content=205 partial_content=206 multi_status=207 already_reported=208 im_used=226
multiple_choice=300 moved_permanently=301 found=302 see_other=303 not_modified=304 use_proxy=305 temporary_redirect=307
permanent_redirect=308 bad_request=400 unauthorized=401 payment_required=402 forbidden=403 not_found=404 method_not_allowed=405
not_acceptable=406 proxy_auth_required=407 request_timeout=408 conflict=409 gone=410 length_required=411 precondition_failed=412
payload_too_large=413 uri_too_long=414 unsupported_media_type=415 range_not_satisfiable=416 expectation_failed=417 teapot=418
misdirected_request=421 unprocessable_entity=422 locked=423 failed_dependency=424 too_early=425 upgrade_required=426
precondition_required=428 too_many_requests=429 header_fields_too_large=431 unavailable_for_legal_reasons=451
internal_server_error=500 not_implemented=501 bad_gateway=502 service_unavailable=503 gateway_timeout=504
http_version_not_supported=505 variant_also_negotiates=506 insufficient_storage=507 loop_detected=508 not_extended=510
network_authentication_required=511`;

// Swift HTTP Types `HTTPResponse.Status` static members (apple/swift-http-types, Sources/HTTPTypes/HTTPResponse.swift).
const SWIFT_HTTP_TYPES = `continue=100 switchingProtocols=101 earlyHints=103
ok=200 created=201 accepted=202 nonAuthoritativeInformation=203 noContent=204 resetContent=205 partialContent=206
multipleChoices=300 movedPermanently=301 found=302 seeOther=303 notModified=304 temporaryRedirect=307 permanentRedirect=308
badRequest=400 unauthorized=401 forbidden=403 notFound=404 methodNotAllowed=405 notAcceptable=406
proxyAuthenticationRequired=407 requestTimeout=408 conflict=409 gone=410 lengthRequired=411 preconditionFailed=412
contentTooLarge=413 uriTooLong=414 unsupportedMediaType=415 rangeNotSatisfiable=416 expectationFailed=417
misdirectedRequest=421 unprocessableContent=422 tooEarly=425 upgradeRequired=426 preconditionRequired=428
tooManyRequests=429 requestHeaderFieldsTooLarge=431 unavailableForLegalReasons=451
internalServerError=500 notImplemented=501 badGateway=502 serviceUnavailable=503 gatewayTimeout=504
httpVersionNotSupported=505 networkAuthenticationRequired=511`;

// SwiftNIO `HTTPResponseStatus` enum cases (apple/swift-nio, Sources/NIOHTTP1/HTTPTypes.swift); Vapor
// re-exports it and names it `HTTPStatus` (a typealias).
const SWIFT_NIO_STATUS = `continue=100 switchingProtocols=101 processing=102
ok=200 created=201 accepted=202 nonAuthoritativeInformation=203 noContent=204 resetContent=205 partialContent=206
multiStatus=207 alreadyReported=208 imUsed=226
multipleChoices=300 movedPermanently=301 found=302 seeOther=303 notModified=304 useProxy=305 temporaryRedirect=307
permanentRedirect=308
badRequest=400 unauthorized=401 paymentRequired=402 forbidden=403 notFound=404 methodNotAllowed=405 notAcceptable=406
proxyAuthenticationRequired=407 requestTimeout=408 conflict=409 gone=410 lengthRequired=411 preconditionFailed=412
payloadTooLarge=413 uriTooLong=414 unsupportedMediaType=415 rangeNotSatisfiable=416 expectationFailed=417
imATeapot=418 misdirectedRequest=421 unprocessableEntity=422 locked=423 failedDependency=424 upgradeRequired=426
preconditionRequired=428 tooManyRequests=429 requestHeaderFieldsTooLarge=431 unavailableForLegalReasons=451
internalServerError=500 notImplemented=501 badGateway=502 serviceUnavailable=503 gatewayTimeout=504
httpVersionNotSupported=505 variantAlsoNegotiates=506 insufficientStorage=507 loopDetected=508 notExtended=510
networkAuthenticationRequired=511`;

// http4s `Status` values (http4s/http4s core/shared/src/main/scala/org/http4s/Status.scala).
const SCALA_HTTP4S = `Continue=100 SwitchingProtocols=101 Processing=102 EarlyHints=103
Ok=200 Created=201 Accepted=202 NonAuthoritativeInformation=203 NoContent=204 ResetContent=205 PartialContent=206
MultiStatus=207 AlreadyReported=208 IMUsed=226
MultipleChoices=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305 TemporaryRedirect=307
PermanentRedirect=308
BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405 NotAcceptable=406
ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409 Gone=410 LengthRequired=411 PreconditionFailed=412
PayloadTooLarge=413 UriTooLong=414 UnsupportedMediaType=415 RangeNotSatisfiable=416 ExpectationFailed=417
ImATeapot=418 MisdirectedRequest=421 UnprocessableContent=422 UnprocessableEntity!=422 Locked=423 FailedDependency=424
TooEarly=425 UpgradeRequired=426 PreconditionRequired=428 TooManyRequests=429 RequestHeaderFieldsTooLarge=431
UnavailableForLegalReasons=451
InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504
HttpVersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507 LoopDetected=508 NotExtended=510
NetworkAuthenticationRequired=511`;

// Akka HTTP (and its fork Pekko HTTP) `StatusCodes` (akka/akka-http akka-http-core/src/main/scala/akka/http/scaladsl/model/StatusCode.scala).
const AKKA_STATUSCODES = `Continue=100 SwitchingProtocols=101 Processing=102 EarlyHints=103
OK=200 Created=201 Accepted=202 NonAuthoritativeInformation=203 NoContent=204 ResetContent=205 PartialContent=206
MultiStatus=207 AlreadyReported=208 IMUsed=226
MultipleChoices=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305 TemporaryRedirect=307
PermanentRedirect=308
BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405 NotAcceptable=406
ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409 Gone=410 LengthRequired=411 PreconditionFailed=412
ContentTooLarge=413 PayloadTooLarge!=413 RequestEntityTooLarge!=413 UriTooLong=414 RequestUriTooLong!=414
UnsupportedMediaType=415 RangeNotSatisfiable=416 RequestedRangeNotSatisfiable!=416 ExpectationFailed=417
ImATeapot=418 EnhanceYourCalm=420 MisdirectedRequest=421 UnprocessableContent=422 UnprocessableEntity!=422 Locked=423
FailedDependency=424 TooEarly=425 UpgradeRequired=426 PreconditionRequired=428 TooManyRequests=429
RequestHeaderFieldsTooLarge=431 RetryWith=449 BlockedByParentalControls=450 UnavailableForLegalReasons=451
InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504
HttpVersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507 LoopDetected=508
BandwidthLimitExceeded=509 NotExtended=510 NetworkAuthenticationRequired=511 NetworkReadTimeout=598
NetworkConnectTimeout=599`;

// Deno std's `Status` enum as oak ships it (oakserver/commons status.ts; the same names as std/http's).
const DENO_STATUS = `Continue=100 SwitchingProtocols=101 Processing=102 EarlyHints=103
OK=200 Created=201 Accepted=202 NonAuthoritativeInfo=203 NoContent=204 ResetContent=205 PartialContent=206
MultiStatus=207 AlreadyReported=208 IMUsed=226
MultipleChoices=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305 TemporaryRedirect=307
PermanentRedirect=308
BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405 NotAcceptable=406
ProxyAuthRequired=407 RequestTimeout=408 Conflict=409 Gone=410 LengthRequired=411 PreconditionFailed=412
RequestEntityTooLarge=413 RequestURITooLong=414 UnsupportedMediaType=415 RequestedRangeNotSatisfiable=416
ExpectationFailed=417 Teapot=418 MisdirectedRequest=421 UnprocessableEntity=422 Locked=423 FailedDependency=424
TooEarly=425 UpgradeRequired=426 PreconditionRequired=428 TooManyRequests=429 RequestHeaderFieldsTooLarge=431
UnavailableForLegalReasons=451
InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504
HTTPVersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507 LoopDetected=508 NotExtended=510
NetworkAuthenticationRequired=511`;

// cpp-httplib `StatusCode` enum (yhirose/cpp-httplib httplib.h): each name ends in its code.
const CPP_HTTPLIB = `Continue_100=100 SwitchingProtocol_101=101 Processing_102=102 EarlyHints_103=103
OK_200=200 Created_201=201 Accepted_202=202 NonAuthoritativeInformation_203=203 NoContent_204=204
ResetContent_205=205 PartialContent_206=206 MultiStatus_207=207 AlreadyReported_208=208 IMUsed_226=226
MultipleChoices_300=300 MovedPermanently_301=301 Found_302=302 SeeOther_303=303 NotModified_304=304 UseProxy_305=305
TemporaryRedirect_307=307 PermanentRedirect_308=308
BadRequest_400=400 Unauthorized_401=401 PaymentRequired_402=402 Forbidden_403=403 NotFound_404=404
MethodNotAllowed_405=405 NotAcceptable_406=406 ProxyAuthenticationRequired_407=407 RequestTimeout_408=408
Conflict_409=409 Gone_410=410 LengthRequired_411=411 PreconditionFailed_412=412 PayloadTooLarge_413=413
UriTooLong_414=414 UnsupportedMediaType_415=415 RangeNotSatisfiable_416=416 ExpectationFailed_417=417
ImATeapot_418=418 MisdirectedRequest_421=421 UnprocessableContent_422=422 Locked_423=423 FailedDependency_424=424
TooEarly_425=425 UpgradeRequired_426=426 PreconditionRequired_428=428 TooManyRequests_429=429
RequestHeaderFieldsTooLarge_431=431 UnavailableForLegalReasons_451=451
InternalServerError_500=500 NotImplemented_501=501 BadGateway_502=502 ServiceUnavailable_503=503
GatewayTimeout_504=504 HttpVersionNotSupported_505=505 VariantAlsoNegotiates_506=506 InsufficientStorage_507=507
LoopDetected_508=508 NotExtended_510=510 NetworkAuthenticationRequired_511=511`;

// Google HTTP Client Library for Java `HttpStatusCodes` (googleapis/google-http-java-client HttpStatusCodes.java).
const GOOGLE_HTTP_STATUSCODES = `STATUS_CODE_OK=200 STATUS_CODE_CREATED=201 STATUS_CODE_ACCEPTED=202 STATUS_CODE_NO_CONTENT=204
STATUS_CODE_MULTIPLE_CHOICES=300 STATUS_CODE_MOVED_PERMANENTLY=301 STATUS_CODE_FOUND=302 STATUS_CODE_SEE_OTHER=303
STATUS_CODE_NOT_MODIFIED=304 STATUS_CODE_TEMPORARY_REDIRECT=307 STATUS_CODE_PERMANENT_REDIRECT=308
STATUS_CODE_BAD_REQUEST=400 STATUS_CODE_UNAUTHORIZED=401 STATUS_CODE_FORBIDDEN=403 STATUS_CODE_NOT_FOUND=404
STATUS_CODE_METHOD_NOT_ALLOWED=405 STATUS_CODE_CONFLICT=409 STATUS_CODE_PRECONDITION_FAILED=412
STATUS_CODE_UNPROCESSABLE_ENTITY=422 STATUS_CODE_SERVER_ERROR=500 STATUS_CODE_BAD_GATEWAY=502
STATUS_CODE_SERVICE_UNAVAILABLE=503`;

// dart:io HttpStatus: lower camel case since Dart 2; the SCREAMING_CASE names are deprecated aliases.
const DART_HTTPSTATUS = `continue_=100 switchingProtocols=101 processing=102
ok=200 created=201 accepted=202 nonAuthoritativeInformation=203 noContent=204 resetContent=205 partialContent=206
multiStatus=207 alreadyReported=208 imUsed=226
multipleChoices=300 movedPermanently=301 found=302 movedTemporarily=302 seeOther=303 notModified=304 useProxy=305
temporaryRedirect=307 permanentRedirect=308
badRequest=400 unauthorized=401 paymentRequired=402 forbidden=403 notFound=404 methodNotAllowed=405 notAcceptable=406
proxyAuthenticationRequired=407 requestTimeout=408 conflict=409 gone=410 lengthRequired=411 preconditionFailed=412
requestEntityTooLarge=413 requestUriTooLong=414 unsupportedMediaType=415 requestedRangeNotSatisfiable=416
expectationFailed=417 misdirectedRequest=421 unprocessableEntity=422 locked=423 failedDependency=424 upgradeRequired=426
preconditionRequired=428 tooManyRequests=429 requestHeaderFieldsTooLarge=431 connectionClosedWithoutResponse=444
unavailableForLegalReasons=451 clientClosedRequest=499
internalServerError=500 notImplemented=501 badGateway=502 serviceUnavailable=503 gatewayTimeout=504
httpVersionNotSupported=505 variantAlsoNegotiates=506 insufficientStorage=507 loopDetected=508 notExtended=510
networkAuthenticationRequired=511 networkConnectTimeoutError=599
CONTINUE!=100 SWITCHING_PROTOCOLS!=101 OK!=200 CREATED!=201 ACCEPTED!=202 NON_AUTHORITATIVE_INFORMATION!=203
NO_CONTENT!=204 RESET_CONTENT!=205 PARTIAL_CONTENT!=206 MULTIPLE_CHOICES!=300 MOVED_PERMANENTLY!=301 FOUND!=302
MOVED_TEMPORARILY!=302 SEE_OTHER!=303 NOT_MODIFIED!=304 USE_PROXY!=305 TEMPORARY_REDIRECT!=307 BAD_REQUEST!=400
UNAUTHORIZED!=401 PAYMENT_REQUIRED!=402 FORBIDDEN!=403 NOT_FOUND!=404 METHOD_NOT_ALLOWED!=405 NOT_ACCEPTABLE!=406
PROXY_AUTHENTICATION_REQUIRED!=407 REQUEST_TIMEOUT!=408 CONFLICT!=409 GONE!=410 LENGTH_REQUIRED!=411
PRECONDITION_FAILED!=412 REQUEST_ENTITY_TOO_LARGE!=413 REQUEST_URI_TOO_LONG!=414 UNSUPPORTED_MEDIA_TYPE!=415
REQUESTED_RANGE_NOT_SATISFIABLE!=416 EXPECTATION_FAILED!=417 UPGRADE_REQUIRED!=426 INTERNAL_SERVER_ERROR!=500
NOT_IMPLEMENTED!=501 BAD_GATEWAY!=502 SERVICE_UNAVAILABLE!=503 GATEWAY_TIMEOUT!=504 HTTP_VERSION_NOT_SUPPORTED!=505
NETWORK_CONNECT_TIMEOUT_ERROR!=599`;

const PY_HTTPSTATUS = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING=102 EARLY_HINTS=103
OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205
PARTIAL_CONTENT=206 MULTI_STATUS=207 ALREADY_REPORTED=208 IM_USED=226
MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302 SEE_OTHER=303 NOT_MODIFIED=304 USE_PROXY=305
TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308
BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405
NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 CONTENT_TOO_LARGE=413 REQUEST_ENTITY_TOO_LARGE!=413
URI_TOO_LONG=414 REQUEST_URI_TOO_LONG!=414 UNSUPPORTED_MEDIA_TYPE=415 RANGE_NOT_SATISFIABLE=416
REQUESTED_RANGE_NOT_SATISFIABLE!=416 EXPECTATION_FAILED=417 IM_A_TEAPOT=418 MISDIRECTED_REQUEST=421
UNPROCESSABLE_CONTENT=422 UNPROCESSABLE_ENTITY!=422 LOCKED=423 FAILED_DEPENDENCY=424 TOO_EARLY=425
UPGRADE_REQUIRED=426 PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
UNAVAILABLE_FOR_LEGAL_REASONS=451
INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506 INSUFFICIENT_STORAGE=507 LOOP_DETECTED=508
NOT_EXTENDED=510 NETWORK_AUTHENTICATION_REQUIRED=511`;

// Starlette / FastAPI `status` module (newest names first) and Django REST framework (same scheme;
// DRF's historic typo HTTP_511_NETWORD_AUTHENTICATION_REQUIRED is kept as a deprecated alias).
const PY_STATUS_MODULE = `HTTP_100_CONTINUE=100 HTTP_101_SWITCHING_PROTOCOLS=101 HTTP_102_PROCESSING=102 HTTP_103_EARLY_HINTS=103
HTTP_200_OK=200 HTTP_201_CREATED=201 HTTP_202_ACCEPTED=202 HTTP_203_NON_AUTHORITATIVE_INFORMATION=203
HTTP_204_NO_CONTENT=204 HTTP_205_RESET_CONTENT=205 HTTP_206_PARTIAL_CONTENT=206 HTTP_207_MULTI_STATUS=207
HTTP_208_ALREADY_REPORTED=208 HTTP_226_IM_USED=226
HTTP_300_MULTIPLE_CHOICES=300 HTTP_301_MOVED_PERMANENTLY=301 HTTP_302_FOUND=302 HTTP_303_SEE_OTHER=303
HTTP_304_NOT_MODIFIED=304 HTTP_305_USE_PROXY=305 HTTP_306_RESERVED=306 HTTP_307_TEMPORARY_REDIRECT=307
HTTP_308_PERMANENT_REDIRECT=308
HTTP_400_BAD_REQUEST=400 HTTP_401_UNAUTHORIZED=401 HTTP_402_PAYMENT_REQUIRED=402 HTTP_403_FORBIDDEN=403
HTTP_404_NOT_FOUND=404 HTTP_405_METHOD_NOT_ALLOWED=405 HTTP_406_NOT_ACCEPTABLE=406
HTTP_407_PROXY_AUTHENTICATION_REQUIRED=407 HTTP_408_REQUEST_TIMEOUT=408 HTTP_409_CONFLICT=409 HTTP_410_GONE=410
HTTP_411_LENGTH_REQUIRED=411 HTTP_412_PRECONDITION_FAILED=412 HTTP_413_CONTENT_TOO_LARGE=413
HTTP_413_REQUEST_ENTITY_TOO_LARGE!=413 HTTP_414_URI_TOO_LONG=414 HTTP_414_REQUEST_URI_TOO_LONG!=414
HTTP_415_UNSUPPORTED_MEDIA_TYPE=415 HTTP_416_RANGE_NOT_SATISFIABLE=416 HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE!=416
HTTP_417_EXPECTATION_FAILED=417 HTTP_418_IM_A_TEAPOT=418 HTTP_421_MISDIRECTED_REQUEST=421
HTTP_422_UNPROCESSABLE_CONTENT=422 HTTP_422_UNPROCESSABLE_ENTITY!=422 HTTP_423_LOCKED=423
HTTP_424_FAILED_DEPENDENCY=424 HTTP_425_TOO_EARLY=425 HTTP_426_UPGRADE_REQUIRED=426
HTTP_428_PRECONDITION_REQUIRED=428 HTTP_429_TOO_MANY_REQUESTS=429 HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE=431
HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS=451
HTTP_500_INTERNAL_SERVER_ERROR=500 HTTP_501_NOT_IMPLEMENTED=501 HTTP_502_BAD_GATEWAY=502
HTTP_503_SERVICE_UNAVAILABLE=503 HTTP_504_GATEWAY_TIMEOUT=504 HTTP_505_HTTP_VERSION_NOT_SUPPORTED=505
HTTP_506_VARIANT_ALSO_NEGOTIATES=506 HTTP_507_INSUFFICIENT_STORAGE=507 HTTP_508_LOOP_DETECTED=508
HTTP_510_NOT_EXTENDED=510 HTTP_511_NETWORK_AUTHENTICATION_REQUIRED=511
HTTP_511_NETWORD_AUTHENTICATION_REQUIRED!=511`;

const GO_NET_HTTP = `StatusContinue=100 StatusSwitchingProtocols=101 StatusProcessing=102 StatusEarlyHints=103
StatusOK=200 StatusCreated=201 StatusAccepted=202 StatusNonAuthoritativeInfo=203 StatusNoContent=204
StatusResetContent=205 StatusPartialContent=206 StatusMultiStatus=207 StatusAlreadyReported=208 StatusIMUsed=226
StatusMultipleChoices=300 StatusMovedPermanently=301 StatusFound=302 StatusSeeOther=303 StatusNotModified=304
StatusUseProxy=305 StatusTemporaryRedirect=307 StatusPermanentRedirect=308
StatusBadRequest=400 StatusUnauthorized=401 StatusPaymentRequired=402 StatusForbidden=403 StatusNotFound=404
StatusMethodNotAllowed=405 StatusNotAcceptable=406 StatusProxyAuthRequired=407 StatusRequestTimeout=408
StatusConflict=409 StatusGone=410 StatusLengthRequired=411 StatusPreconditionFailed=412
StatusRequestEntityTooLarge=413 StatusRequestURITooLong=414 StatusUnsupportedMediaType=415
StatusRequestedRangeNotSatisfiable=416 StatusExpectationFailed=417 StatusTeapot=418 StatusMisdirectedRequest=421
StatusUnprocessableEntity=422 StatusLocked=423 StatusFailedDependency=424 StatusTooEarly=425
StatusUpgradeRequired=426 StatusPreconditionRequired=428 StatusTooManyRequests=429
StatusRequestHeaderFieldsTooLarge=431 StatusUnavailableForLegalReasons=451
StatusInternalServerError=500 StatusNotImplemented=501 StatusBadGateway=502 StatusServiceUnavailable=503
StatusGatewayTimeout=504 StatusHTTPVersionNotSupported=505 StatusVariantAlsoNegotiates=506
StatusInsufficientStorage=507 StatusLoopDetected=508 StatusNotExtended=510 StatusNetworkAuthenticationRequired=511`;

// http-status-codes (npm) StatusCodes enum; MOVED_TEMPORARILY and REQUEST_TOO_LONG are its real
// spellings for 302 and 413. Its v1 top-level constants use the same names.
const NODE_STATUS_CODES = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING=102 EARLY_HINTS=103
OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205
PARTIAL_CONTENT=206 MULTI_STATUS=207
MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 MOVED_TEMPORARILY=302 SEE_OTHER=303 NOT_MODIFIED=304 USE_PROXY!=305
TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308
BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405
NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 REQUEST_TOO_LONG=413 REQUEST_URI_TOO_LONG=414
UNSUPPORTED_MEDIA_TYPE=415 REQUESTED_RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417 IM_A_TEAPOT=418
INSUFFICIENT_SPACE_ON_RESOURCE=419 METHOD_FAILURE!=420 MISDIRECTED_REQUEST=421 UNPROCESSABLE_ENTITY=422
LOCKED=423 FAILED_DEPENDENCY=424 UPGRADE_REQUIRED=426 PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429
REQUEST_HEADER_FIELDS_TOO_LARGE=431 UNAVAILABLE_FOR_LEGAL_REASONS=451
INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 INSUFFICIENT_STORAGE=507 NETWORK_AUTHENTICATION_REQUIRED=511`;

const NEST_HTTP_STATUS = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING=102 EARLY_HINTS=103 EARLYHINTS!=103
OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205
PARTIAL_CONTENT=206 MULTI_STATUS=207 ALREADY_REPORTED=208 IM_USED=226
MULTIPLE_CHOICES=300 AMBIGUOUS!=300 MOVED_PERMANENTLY=301 FOUND=302 SEE_OTHER=303 NOT_MODIFIED=304
TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308
BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405
NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 PAYLOAD_TOO_LARGE=413 URI_TOO_LONG=414 UNSUPPORTED_MEDIA_TYPE=415
REQUESTED_RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417 I_AM_A_TEAPOT=418 MISDIRECTED=421
UNPROCESSABLE_ENTITY=422 LOCKED=423 FAILED_DEPENDENCY=424 TOO_EARLY=425 UPGRADE_REQUIRED=426
PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
UNAVAILABLE_FOR_LEGAL_REASONS=451
INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506 INSUFFICIENT_STORAGE=507 LOOP_DETECTED=508
NOT_EXTENDED=510 NETWORK_AUTHENTICATION_REQUIRED=511`;

// Spring org.springframework.http.HttpStatus (newer releases add CONTENT_TOO_LARGE / UNPROCESSABLE_CONTENT).
const SPRING_HTTP_STATUS = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING!=102 EARLY_HINTS=103 CHECKPOINT!=103
OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205
PARTIAL_CONTENT=206 MULTI_STATUS=207 ALREADY_REPORTED=208 IM_USED=226
MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302 MOVED_TEMPORARILY!=302 SEE_OTHER=303 NOT_MODIFIED=304
USE_PROXY!=305 TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308
BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405
NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 CONTENT_TOO_LARGE=413 PAYLOAD_TOO_LARGE!=413
REQUEST_ENTITY_TOO_LARGE!=413 URI_TOO_LONG=414 REQUEST_URI_TOO_LONG!=414 UNSUPPORTED_MEDIA_TYPE=415
REQUESTED_RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417 I_AM_A_TEAPOT=418
INSUFFICIENT_SPACE_ON_RESOURCE!=419 METHOD_FAILURE!=420 DESTINATION_LOCKED!=421
UNPROCESSABLE_CONTENT=422 UNPROCESSABLE_ENTITY!=422 LOCKED=423 FAILED_DEPENDENCY=424 TOO_EARLY=425
UPGRADE_REQUIRED=426 PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
UNAVAILABLE_FOR_LEGAL_REASONS=451
INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506 INSUFFICIENT_STORAGE=507 LOOP_DETECTED=508
BANDWIDTH_LIMIT_EXCEEDED=509 NOT_EXTENDED!=510 NETWORK_AUTHENTICATION_REQUIRED=511`;

// JAX-RS / Jakarta REST Response.Status.
const JAXRS_STATUS = `CONTINUE=100 SWITCHING_PROTOCOLS=101 OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203
NO_CONTENT=204 RESET_CONTENT=205 PARTIAL_CONTENT=206 MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302
SEE_OTHER=303 NOT_MODIFIED=304 USE_PROXY=305 TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308
BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405
NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 REQUEST_ENTITY_TOO_LARGE=413 REQUEST_URI_TOO_LONG=414
UNSUPPORTED_MEDIA_TYPE=415 REQUESTED_RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417
PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
UNAVAILABLE_FOR_LEGAL_REASONS=451
INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 NETWORK_AUTHENTICATION_REQUIRED=511`;

// Servlet HttpServletResponse (also Apache HttpComponents HttpStatus uses SC_ names).
const SERVLET_SC = `SC_CONTINUE=100 SC_SWITCHING_PROTOCOLS=101 SC_PROCESSING=102 SC_EARLY_HINTS=103
SC_OK=200 SC_CREATED=201 SC_ACCEPTED=202 SC_NON_AUTHORITATIVE_INFORMATION=203 SC_NO_CONTENT=204
SC_RESET_CONTENT=205 SC_PARTIAL_CONTENT=206 SC_MULTI_STATUS=207 SC_ALREADY_REPORTED=208 SC_IM_USED=226
SC_MULTIPLE_CHOICES=300 SC_MOVED_PERMANENTLY=301 SC_FOUND=302 SC_MOVED_TEMPORARILY=302 SC_SEE_OTHER=303
SC_NOT_MODIFIED=304 SC_USE_PROXY=305 SC_TEMPORARY_REDIRECT=307 SC_PERMANENT_REDIRECT=308
SC_BAD_REQUEST=400 SC_UNAUTHORIZED=401 SC_PAYMENT_REQUIRED=402 SC_FORBIDDEN=403 SC_NOT_FOUND=404
SC_METHOD_NOT_ALLOWED=405 SC_NOT_ACCEPTABLE=406 SC_PROXY_AUTHENTICATION_REQUIRED=407 SC_REQUEST_TIMEOUT=408
SC_CONFLICT=409 SC_GONE=410 SC_LENGTH_REQUIRED=411 SC_PRECONDITION_FAILED=412 SC_REQUEST_ENTITY_TOO_LARGE=413
SC_REQUEST_TOO_LONG=413 SC_CONTENT_TOO_LARGE=413 SC_REQUEST_URI_TOO_LONG=414 SC_UNSUPPORTED_MEDIA_TYPE=415
SC_REQUESTED_RANGE_NOT_SATISFIABLE=416 SC_EXPECTATION_FAILED=417 SC_MISDIRECTED_REQUEST=421
SC_UNPROCESSABLE_CONTENT=422 SC_UNPROCESSABLE_ENTITY=422 SC_LOCKED=423 SC_FAILED_DEPENDENCY=424
SC_UPGRADE_REQUIRED=426 SC_PRECONDITION_REQUIRED=428 SC_TOO_MANY_REQUESTS=429
SC_REQUEST_HEADER_FIELDS_TOO_LARGE=431 SC_INTERNAL_SERVER_ERROR=500 SC_NOT_IMPLEMENTED=501 SC_BAD_GATEWAY=502
SC_SERVICE_UNAVAILABLE=503 SC_GATEWAY_TIMEOUT=504 SC_HTTP_VERSION_NOT_SUPPORTED=505
SC_INSUFFICIENT_STORAGE=507 SC_LOOP_DETECTED=508 SC_NETWORK_AUTHENTICATION_REQUIRED=511`;

// java.net.HttpURLConnection (its abbreviated names are the real ones).
const JAVA_URLCONNECTION = `HTTP_OK=200 HTTP_CREATED=201 HTTP_ACCEPTED=202 HTTP_NOT_AUTHORITATIVE=203 HTTP_NO_CONTENT=204
HTTP_RESET=205 HTTP_PARTIAL=206 HTTP_MULT_CHOICE=300 HTTP_MOVED_PERM=301 HTTP_MOVED_TEMP=302 HTTP_SEE_OTHER=303
HTTP_NOT_MODIFIED=304 HTTP_USE_PROXY=305 HTTP_BAD_REQUEST=400 HTTP_UNAUTHORIZED=401 HTTP_PAYMENT_REQUIRED=402
HTTP_FORBIDDEN=403 HTTP_NOT_FOUND=404 HTTP_BAD_METHOD=405 HTTP_NOT_ACCEPTABLE=406 HTTP_PROXY_AUTH=407
HTTP_CLIENT_TIMEOUT=408 HTTP_CONFLICT=409 HTTP_GONE=410 HTTP_LENGTH_REQUIRED=411 HTTP_PRECON_FAILED=412
HTTP_ENTITY_TOO_LARGE=413 HTTP_REQ_TOO_LONG=414 HTTP_UNSUPPORTED_TYPE=415 HTTP_INTERNAL_ERROR=500
HTTP_SERVER_ERROR!=500 HTTP_NOT_IMPLEMENTED=501 HTTP_BAD_GATEWAY=502 HTTP_UNAVAILABLE=503
HTTP_GATEWAY_TIMEOUT=504 HTTP_VERSION=505`;

// NanoHTTPD `Response.Status` (NanoHTTPD/nanohttpd, core/src/main/java/org/nanohttpd/protocols/http/response/Status.java,
// also `NanoHTTPD.Response.Status` in the single-file 2.x): its own short names, `FOUND` marked deprecated there.
const NANOHTTPD_STATUS = `SWITCH_PROTOCOL=101 OK=200 CREATED=201 ACCEPTED=202 NO_CONTENT=204 PARTIAL_CONTENT=206 MULTI_STATUS=207
REDIRECT=301 FOUND!=302 REDIRECT_SEE_OTHER=303 NOT_MODIFIED=304 TEMPORARY_REDIRECT=307 BAD_REQUEST=400 UNAUTHORIZED=401
FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405 NOT_ACCEPTABLE=406 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 PAYLOAD_TOO_LARGE=413 UNSUPPORTED_MEDIA_TYPE=415 RANGE_NOT_SATISFIABLE=416
EXPECTATION_FAILED=417 TOO_MANY_REQUESTS=429 INTERNAL_ERROR=500 NOT_IMPLEMENTED=501 SERVICE_UNAVAILABLE=503
UNSUPPORTED_HTTP_VERSION=505`;

// OkHttp's codes that java.net.HttpURLConnection lacks: `okhttp3.internal.http.HttpStatusCodes.kt` (OkHttp 4 and 5,
// top-level constants, imported bare) and OkHttp 3's `StatusLine.HTTP_TEMP_REDIRECT`.
const OKHTTP_STATUS_CODES = `HTTP_CONTINUE=100 HTTP_SWITCHING_PROTOCOLS=101 HTTP_PROCESSING=102 HTTP_EARLY_HINTS=103
HTTP_TEMP_REDIRECT=307 HTTP_PERM_REDIRECT=308 HTTP_MISDIRECTED_REQUEST=421`;

// .NET System.Net.HttpStatusCode (with its historic synonyms) and Ktor's HttpStatusCode companion
// members, which share the qualifier.
const DOTNET_HTTPSTATUSCODE = `Continue=100 SwitchingProtocols=101 Processing=102 EarlyHints=103
OK=200 Created=201 Accepted=202 NonAuthoritativeInformation=203 NoContent=204 ResetContent=205
PartialContent=206 MultiStatus=207 AlreadyReported=208 IMUsed=226
MultipleChoices=300 Ambiguous=300 MovedPermanently=301 Moved=301 Found=302 Redirect=302 SeeOther=303
RedirectMethod=303 NotModified=304 UseProxy=305 Unused=306 TemporaryRedirect=307 RedirectKeepVerb=307
PermanentRedirect=308
BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405
NotAcceptable=406 ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409 Gone=410
LengthRequired=411 PreconditionFailed=412 RequestEntityTooLarge=413 RequestUriTooLong=414
UnsupportedMediaType=415 RequestedRangeNotSatisfiable=416 ExpectationFailed=417 MisdirectedRequest=421
UnprocessableContent=422 UnprocessableEntity=422 Locked=423 FailedDependency=424 UpgradeRequired=426
PreconditionRequired=428 TooManyRequests=429 RequestHeaderFieldsTooLarge=431 UnavailableForLegalReasons=451
InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504
HttpVersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507 LoopDetected=508
NotExtended=510 NetworkAuthenticationRequired=511`;

const KTOR_HTTPSTATUSCODE = `Continue=100 SwitchingProtocols=101 Processing=102
OK=200 Created=201 Accepted=202 NonAuthoritativeInformation=203 NoContent=204 ResetContent=205
PartialContent=206 MultiStatus=207
MultipleChoices=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305 SwitchProxy=306
TemporaryRedirect=307 PermanentRedirect=308
BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405
NotAcceptable=406 ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409 Gone=410
LengthRequired=411 PreconditionFailed=412 PayloadTooLarge=413 RequestURITooLong=414
UnsupportedMediaType=415 RequestedRangeNotSatisfiable=416 ExpectationFailed=417 UnprocessableEntity=422
Locked=423 FailedDependency=424 TooEarly=425 UpgradeRequired=426 TooManyRequests=429
RequestHeaderFieldTooLarge=431
InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504
VersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507`;

// ASP.NET Core Microsoft.AspNetCore.Http.StatusCodes (the code is part of the name).
const ASPNET_STATUSCODES = `Status100Continue=100 Status101SwitchingProtocols=101 Status102Processing=102 Status103EarlyHints=103
Status200OK=200 Status201Created=201 Status202Accepted=202 Status203NonAuthoritative=203 Status204NoContent=204
Status205ResetContent=205 Status206PartialContent=206 Status207MultiStatus=207 Status208AlreadyReported=208
Status226IMUsed=226 Status300MultipleChoices=300 Status301MovedPermanently=301 Status302Found=302
Status303SeeOther=303 Status304NotModified=304 Status305UseProxy=305 Status306SwitchProxy=306
Status307TemporaryRedirect=307 Status308PermanentRedirect=308
Status400BadRequest=400 Status401Unauthorized=401 Status402PaymentRequired=402 Status403Forbidden=403
Status404NotFound=404 Status405MethodNotAllowed=405 Status406NotAcceptable=406
Status407ProxyAuthenticationRequired=407 Status408RequestTimeout=408 Status409Conflict=409 Status410Gone=410
Status411LengthRequired=411 Status412PreconditionFailed=412 Status413PayloadTooLarge=413
Status413RequestEntityTooLarge=413 Status414UriTooLong=414 Status414RequestUriTooLong=414
Status415UnsupportedMediaType=415 Status416RangeNotSatisfiable=416 Status416RequestedRangeNotSatisfiable=416
Status417ExpectationFailed=417 Status418ImATeapot=418 Status419AuthenticationTimeout=419
Status421MisdirectedRequest=421 Status422UnprocessableEntity=422 Status423Locked=423
Status424FailedDependency=424 Status426UpgradeRequired=426 Status428PreconditionRequired=428
Status429TooManyRequests=429 Status431RequestHeaderFieldsTooLarge=431 Status451UnavailableForLegalReasons=451
Status499ClientClosedRequest=499
Status500InternalServerError=500 Status501NotImplemented=501 Status502BadGateway=502
Status503ServiceUnavailable=503 Status504GatewayTimeout=504 Status505HttpVersionNotsupported=505
Status506VariantAlsoNegotiates=506 Status507InsufficientStorage=507 Status508LoopDetected=508
Status510NotExtended=510 Status511NetworkAuthenticationRequired=511`;

// Symfony HttpFoundation Response (also used by Laravel's Response / JsonResponse).
const SYMFONY_RESPONSE = `HTTP_CONTINUE=100 HTTP_SWITCHING_PROTOCOLS=101 HTTP_PROCESSING=102 HTTP_EARLY_HINTS=103
HTTP_OK=200 HTTP_CREATED=201 HTTP_ACCEPTED=202 HTTP_NON_AUTHORITATIVE_INFORMATION=203 HTTP_NO_CONTENT=204
HTTP_RESET_CONTENT=205 HTTP_PARTIAL_CONTENT=206 HTTP_MULTI_STATUS=207 HTTP_ALREADY_REPORTED=208 HTTP_IM_USED=226
HTTP_MULTIPLE_CHOICES=300 HTTP_MOVED_PERMANENTLY=301 HTTP_FOUND=302 HTTP_SEE_OTHER=303 HTTP_NOT_MODIFIED=304
HTTP_USE_PROXY=305 HTTP_RESERVED=306 HTTP_TEMPORARY_REDIRECT=307 HTTP_PERMANENTLY_REDIRECT=308
HTTP_BAD_REQUEST=400 HTTP_UNAUTHORIZED=401 HTTP_PAYMENT_REQUIRED=402 HTTP_FORBIDDEN=403 HTTP_NOT_FOUND=404
HTTP_METHOD_NOT_ALLOWED=405 HTTP_NOT_ACCEPTABLE=406 HTTP_PROXY_AUTHENTICATION_REQUIRED=407
HTTP_REQUEST_TIMEOUT=408 HTTP_CONFLICT=409 HTTP_GONE=410 HTTP_LENGTH_REQUIRED=411 HTTP_PRECONDITION_FAILED=412
HTTP_REQUEST_ENTITY_TOO_LARGE=413 HTTP_REQUEST_URI_TOO_LONG=414 HTTP_UNSUPPORTED_MEDIA_TYPE=415
HTTP_REQUESTED_RANGE_NOT_SATISFIABLE=416 HTTP_EXPECTATION_FAILED=417 HTTP_I_AM_A_TEAPOT=418
HTTP_MISDIRECTED_REQUEST=421 HTTP_UNPROCESSABLE_ENTITY=422 HTTP_LOCKED=423 HTTP_FAILED_DEPENDENCY=424
HTTP_TOO_EARLY=425 HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL!=425
HTTP_UPGRADE_REQUIRED=426 HTTP_PRECONDITION_REQUIRED=428 HTTP_TOO_MANY_REQUESTS=429
HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE=431 HTTP_UNAVAILABLE_FOR_LEGAL_REASONS=451
HTTP_INTERNAL_SERVER_ERROR=500 HTTP_NOT_IMPLEMENTED=501 HTTP_BAD_GATEWAY=502 HTTP_SERVICE_UNAVAILABLE=503
HTTP_GATEWAY_TIMEOUT=504 HTTP_VERSION_NOT_SUPPORTED=505 HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL=506
HTTP_INSUFFICIENT_STORAGE=507 HTTP_LOOP_DETECTED=508 HTTP_NOT_EXTENDED=510 HTTP_NETWORK_AUTHENTICATION_REQUIRED=511`;

// Rust `http` crate StatusCode associated constants (hyper, axum, actix-web re-export them).
const RUST_HTTP = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING=102 EARLY_HINTS=103
OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205
PARTIAL_CONTENT=206 MULTI_STATUS=207 ALREADY_REPORTED=208 IM_USED=226
MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302 SEE_OTHER=303 NOT_MODIFIED=304 USE_PROXY=305
TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308
BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405
NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 PAYLOAD_TOO_LARGE=413 URI_TOO_LONG=414 UNSUPPORTED_MEDIA_TYPE=415
RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417 IM_A_TEAPOT=418 MISDIRECTED_REQUEST=421
UNPROCESSABLE_ENTITY=422 LOCKED=423 FAILED_DEPENDENCY=424 TOO_EARLY=425 UPGRADE_REQUIRED=426
PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
UNAVAILABLE_FOR_LEGAL_REASONS=451
INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506 INSUFFICIENT_STORAGE=507 LOOP_DETECTED=508
NOT_EXTENDED=510 NETWORK_AUTHENTICATION_REQUIRED=511`;

// http-types `StatusCode` enum variants, as tide and surf use them (http-rs/http-types, src/status_code.rs).
const RUST_HTTP_TYPES = `Continue=100 SwitchingProtocols=101 EarlyHints=103
Ok=200 Created=201 Accepted=202 NonAuthoritativeInformation=203 NoContent=204 ResetContent=205 PartialContent=206
MultiStatus=207 ImUsed=226 MultipleChoice=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304
TemporaryRedirect=307 PermanentRedirect=308 BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403
NotFound=404 MethodNotAllowed=405 NotAcceptable=406 ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409
Gone=410 LengthRequired=411 PreconditionFailed=412 PayloadTooLarge=413 UriTooLong=414 UnsupportedMediaType=415
RequestedRangeNotSatisfiable=416 ExpectationFailed=417 ImATeapot=418 MisdirectedRequest=421 UnprocessableEntity=422
Locked=423 FailedDependency=424 TooEarly=425 UpgradeRequired=426 PreconditionRequired=428 TooManyRequests=429
RequestHeaderFieldsTooLarge=431 UnavailableForLegalReasons=451 InternalServerError=500 NotImplemented=501
BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504 HttpVersionNotSupported=505 VariantAlsoNegotiates=506
InsufficientStorage=507 LoopDetected=508 NotExtended=510 NetworkAuthenticationRequired=511`;

// Rocket `Status` associated constants.
const RUST_ROCKET = `Continue=100 SwitchingProtocols=101 Processing=102 EarlyHints=103
Ok=200 Created=201 Accepted=202 NonAuthoritativeInformation=203 NoContent=204 ResetContent=205
PartialContent=206 MultiStatus=207 AlreadyReported=208 ImUsed=226
MultipleChoices=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305
TemporaryRedirect=307 PermanentRedirect=308
BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405
NotAcceptable=406 ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409 Gone=410
LengthRequired=411 PreconditionFailed=412 PayloadTooLarge=413 UriTooLong=414 UnsupportedMediaType=415
RangeNotSatisfiable=416 ExpectationFailed=417 ImATeapot=418 MisdirectedRequest=421 UnprocessableEntity=422
Locked=423 FailedDependency=424 TooEarly=425 UpgradeRequired=426 PreconditionRequired=428 TooManyRequests=429
RequestHeaderFieldsTooLarge=431 UnavailableForLegalReasons=451
InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504
HttpVersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507 LoopDetected=508
NotExtended=510 NetworkAuthenticationRequired=511`;

// Rack::Utils SYMBOL_TO_STATUS_CODE (Rails `status: :x`, `head :x`), current names first, then the
// obsolete/legacy symbols older Rack versions used.
const RACK_SYMBOLS = `continue=100 switching_protocols=101 processing=102 early_hints=103
ok=200 created=201 accepted=202 non_authoritative_information=203 no_content=204 reset_content=205
partial_content=206 multi_status=207 already_reported=208 im_used=226
multiple_choices=300 moved_permanently=301 found=302 see_other=303 not_modified=304 use_proxy=305
temporary_redirect=307 permanent_redirect=308
bad_request=400 unauthorized=401 payment_required=402 forbidden=403 not_found=404 method_not_allowed=405
not_acceptable=406 proxy_authentication_required=407 request_timeout=408 conflict=409 gone=410
length_required=411 precondition_failed=412 content_too_large=413 payload_too_large!=413
request_entity_too_large!=413 uri_too_long=414 request_uri_too_long!=414 unsupported_media_type=415
range_not_satisfiable=416 requested_range_not_satisfiable!=416 expectation_failed=417
misdirected_request=421 unprocessable_content=422 unprocessable_entity!=422 locked=423
failed_dependency=424 too_early=425 upgrade_required=426 precondition_required=428 too_many_requests=429
request_header_fields_too_large=431 unavailable_for_legal_reasons=451
internal_server_error=500 not_implemented=501 bad_gateway=502 service_unavailable=503 gateway_timeout=504
http_version_not_supported=505 variant_also_negotiates=506 insufficient_storage=507 loop_detected=508
bandwidth_limit_exceeded!=509 not_extended!=510 network_authentication_required=511`;

// sttp `StatusCode` (softwaremill/sttp-model core/src/main/scala/sttp/model/StatusCode.scala @ fd28b69).
const STTP_STATUSCODE = `Continue=100 SwitchingProtocols=101 Processing=102 EarlyHints=103 Ok=200 Created=201 Accepted=202
NonAuthoritativeInformation=203 NoContent=204 ResetContent=205 PartialContent=206 MultiStatus=207 AlreadyReported=208
ImUsed=226 MultipleChoices=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305
TemporaryRedirect=307 PermanentRedirect=308 BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403
NotFound=404 MethodNotAllowed=405 NotAcceptable=406 ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409
Gone=410 LengthRequired=411 PreconditionFailed=412 PayloadTooLarge=413 UriTooLong=414 UnsupportedMediaType=415
RangeNotSatisfiable=416 ExpectationFailed=417 MisdirectedRequest=421 UnprocessableEntity=422 Locked=423
FailedDependency=424 UpgradeRequired=426 PreconditionRequired=428 TooManyRequests=429 RequestHeaderFieldsTooLarge=431
UnavailableForLegalReasons=451 InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503
GatewayTimeout=504 HttpVersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507 LoopDetected=508
NotExtended=510 NetworkAuthenticationRequired=511`;

// Netty `HttpResponseStatus` (netty/netty codec-http/src/main/java/io/netty/handler/codec/http/HttpResponseStatus.java
// @ 0bb88a3); Vert.x and Reactor Netty use the same class.
const NETTY_HTTPRESPONSESTATUS = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING=102 EARLY_HINTS=103 OK=200 CREATED=201 ACCEPTED=202
NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205 PARTIAL_CONTENT=206 MULTI_STATUS=207
MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302 SEE_OTHER=303 NOT_MODIFIED=304 USE_PROXY=305
TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308 BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403
NOT_FOUND=404 METHOD_NOT_ALLOWED=405 NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408
CONFLICT=409 GONE=410 LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 REQUEST_ENTITY_TOO_LARGE=413
REQUEST_URI_TOO_LONG=414 UNSUPPORTED_MEDIA_TYPE=415 REQUESTED_RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417
MISDIRECTED_REQUEST=421 UNPROCESSABLE_ENTITY=422 LOCKED=423 FAILED_DEPENDENCY=424 UNORDERED_COLLECTION=425
UPGRADE_REQUIRED=426 PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506 INSUFFICIENT_STORAGE=507 NOT_EXTENDED=510
NETWORK_AUTHENTICATION_REQUIRED=511`;

// Crow `crow::status` (CrowCpp/Crow include/crow/common.h @ 2366edb): WebDAV-era names carry a `WEBDAV_` prefix.
const CROW_STATUS = `CONTINUE=100 SWITCHING_PROTOCOLS=101 OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204
RESET_CONTENT=205 PARTIAL_CONTENT=206 WEBDAV_MULTI_STATUS=207 MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302
SEE_OTHER=303 NOT_MODIFIED=304 TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308 BAD_REQUEST=400 UNAUTHORIZED=401
FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405 NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 CONFLICT=409
GONE=410 WEBDAV_PRECONDITION_FAILED=412 PAYLOAD_TOO_LARGE=413 WEBDAV_REQUEST_URI_TOO_LONG=414
UNSUPPORTED_MEDIA_TYPE=415 RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417 WEBDAV_UNPROCESSABLE_ENTITY=422
WEBDAV_LOCKED=423 WEBDAV_FAILED_DEPENDENCY=424 PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429
UNAVAILABLE_FOR_LEGAL_REASONS=451 INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502
SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504 VARIANT_ALSO_NEGOTIATES=506 WEBDAV_INSUFFICIENT_STORAGE=507`;

// Boost.Beast `http::status` (boostorg/beast include/boost/beast/http/status.hpp @ 7c1e061).
const BEAST_STATUS = `continue_=100 switching_protocols=101 processing=102 early_hints=103 ok=200 created=201 accepted=202
non_authoritative_information=203 no_content=204 reset_content=205 partial_content=206 multi_status=207
already_reported=208 im_used=226 multiple_choices=300 moved_permanently=301 found=302 see_other=303 not_modified=304
use_proxy=305 temporary_redirect=307 permanent_redirect=308 bad_request=400 unauthorized=401 payment_required=402
forbidden=403 not_found=404 method_not_allowed=405 not_acceptable=406 proxy_authentication_required=407
request_timeout=408 conflict=409 gone=410 length_required=411 precondition_failed=412 payload_too_large=413
uri_too_long=414 unsupported_media_type=415 range_not_satisfiable=416 expectation_failed=417 i_am_a_teapot=418
misdirected_request=421 unprocessable_entity=422 locked=423 failed_dependency=424 too_early=425 upgrade_required=426
precondition_required=428 too_many_requests=429 request_header_fields_too_large=431 unavailable_for_legal_reasons=451
internal_server_error=500 not_implemented=501 bad_gateway=502 service_unavailable=503 gateway_timeout=504
http_version_not_supported=505 variant_also_negotiates=506 insufficient_storage=507 loop_detected=508 not_extended=510
network_authentication_required=511`;

// Python Requests `requests.codes` (psf/requests src/requests/status_codes.py @ 1f6589e): every title and the upper-case
// copy the library sets beside it. Where two codes share a title the later one wins, as in the library (`precondition` is
// 428, `uri_too_long` 414); titles that are not identifiers (`\\o/`, `-o-`) and the unofficial 122 are left out. Each
// code's main title comes first (`precondition_required` before `precondition`).
const REQUESTS_CODES = `continue=100 CONTINUE=100 switching_protocols=101 SWITCHING_PROTOCOLS=101 processing=102 PROCESSING=102 checkpoint=103
CHECKPOINT=103 ok=200 okay=200 all_ok=200 all_okay=200 all_good=200 OK=200 OKAY=200 ALL_OK=200 ALL_OKAY=200
ALL_GOOD=200 created=201 CREATED=201 accepted=202 ACCEPTED=202 non_authoritative_info=203
non_authoritative_information=203 NON_AUTHORITATIVE_INFO=203 NON_AUTHORITATIVE_INFORMATION=203 no_content=204
NO_CONTENT=204 reset_content=205 reset=205 RESET_CONTENT=205 RESET=205 partial_content=206 partial=206
PARTIAL_CONTENT=206 PARTIAL=206 multi_status=207 multiple_status=207 multi_stati=207 multiple_stati=207
MULTI_STATUS=207 MULTIPLE_STATUS=207 MULTI_STATI=207 MULTIPLE_STATI=207 already_reported=208 ALREADY_REPORTED=208
im_used=226 IM_USED=226 multiple_choices=300 MULTIPLE_CHOICES=300 moved_permanently=301 moved=301
MOVED_PERMANENTLY=301 MOVED=301 found=302 FOUND=302 see_other=303 other=303 SEE_OTHER=303 OTHER=303 not_modified=304
NOT_MODIFIED=304 use_proxy=305 USE_PROXY=305 switch_proxy=306 SWITCH_PROXY=306 temporary_redirect=307
temporary_moved=307 temporary=307 TEMPORARY_REDIRECT=307 TEMPORARY_MOVED=307 TEMPORARY=307 permanent_redirect=308
resume_incomplete=308 resume=308 PERMANENT_REDIRECT=308 RESUME_INCOMPLETE=308 RESUME=308 bad_request=400 bad=400
BAD_REQUEST=400 BAD=400 unauthorized=401 UNAUTHORIZED=401 payment_required=402 payment=402 PAYMENT_REQUIRED=402
PAYMENT=402 forbidden=403 FORBIDDEN=403 not_found=404 NOT_FOUND=404 method_not_allowed=405 not_allowed=405
METHOD_NOT_ALLOWED=405 NOT_ALLOWED=405 not_acceptable=406 NOT_ACCEPTABLE=406 proxy_authentication_required=407
proxy_auth=407 proxy_authentication=407 PROXY_AUTHENTICATION_REQUIRED=407 PROXY_AUTH=407 PROXY_AUTHENTICATION=407
request_timeout=408 timeout=408 REQUEST_TIMEOUT=408 TIMEOUT=408 conflict=409 CONFLICT=409 gone=410 GONE=410
length_required=411 LENGTH_REQUIRED=411 precondition_failed=412 PRECONDITION_FAILED=412 request_entity_too_large=413
content_too_large=413 REQUEST_ENTITY_TOO_LARGE=413 CONTENT_TOO_LARGE=413 request_uri_too_large=414 uri_too_long=414
REQUEST_URI_TOO_LARGE=414 URI_TOO_LONG=414 unsupported_media_type=415 unsupported_media=415 media_type=415
UNSUPPORTED_MEDIA_TYPE=415 UNSUPPORTED_MEDIA=415 MEDIA_TYPE=415 requested_range_not_satisfiable=416
requested_range=416 range_not_satisfiable=416 REQUESTED_RANGE_NOT_SATISFIABLE=416 REQUESTED_RANGE=416
RANGE_NOT_SATISFIABLE=416 expectation_failed=417 EXPECTATION_FAILED=417 im_a_teapot=418 teapot=418 i_am_a_teapot=418
IM_A_TEAPOT=418 TEAPOT=418 I_AM_A_TEAPOT=418 misdirected_request=421 MISDIRECTED_REQUEST=421 unprocessable_entity=422
unprocessable=422 unprocessable_content=422 UNPROCESSABLE_ENTITY=422 UNPROCESSABLE=422 UNPROCESSABLE_CONTENT=422
locked=423 LOCKED=423 failed_dependency=424 dependency=424 FAILED_DEPENDENCY=424 DEPENDENCY=424
unordered_collection=425 unordered=425 too_early=425 UNORDERED_COLLECTION=425 UNORDERED=425 TOO_EARLY=425
upgrade_required=426 upgrade=426 UPGRADE_REQUIRED=426 UPGRADE=426 precondition_required=428 precondition=428
PRECONDITION_REQUIRED=428 PRECONDITION=428 too_many_requests=429 too_many=429 TOO_MANY_REQUESTS=429 TOO_MANY=429
header_fields_too_large=431 fields_too_large=431 HEADER_FIELDS_TOO_LARGE=431 FIELDS_TOO_LARGE=431 no_response=444
none=444 NO_RESPONSE=444 NONE=444 retry_with=449 retry=449 RETRY_WITH=449 RETRY=449
blocked_by_windows_parental_controls=450 parental_controls=450 BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS=450
PARENTAL_CONTROLS=450 unavailable_for_legal_reasons=451 legal_reasons=451 UNAVAILABLE_FOR_LEGAL_REASONS=451
LEGAL_REASONS=451 client_closed_request=499 CLIENT_CLOSED_REQUEST=499 internal_server_error=500 server_error=500
INTERNAL_SERVER_ERROR=500 SERVER_ERROR=500 not_implemented=501 NOT_IMPLEMENTED=501 bad_gateway=502 BAD_GATEWAY=502
service_unavailable=503 unavailable=503 SERVICE_UNAVAILABLE=503 UNAVAILABLE=503 gateway_timeout=504
GATEWAY_TIMEOUT=504 http_version_not_supported=505 http_version=505 HTTP_VERSION_NOT_SUPPORTED=505 HTTP_VERSION=505
variant_also_negotiates=506 VARIANT_ALSO_NEGOTIATES=506 insufficient_storage=507 INSUFFICIENT_STORAGE=507
bandwidth_limit_exceeded=509 bandwidth=509 BANDWIDTH_LIMIT_EXCEEDED=509 BANDWIDTH=509 not_extended=510
NOT_EXTENDED=510 network_authentication_required=511 network_auth=511 network_authentication=511
NETWORK_AUTHENTICATION_REQUIRED=511 NETWORK_AUTH=511 NETWORK_AUTHENTICATION=511`;

// HTTPX `httpx.codes` (encode/httpx httpx/_status_codes.py @ 0eb3742): an IntEnum of upper-case names, each also set in
// lower case "for `requests` compatibility".
const HTTPX_CODES = `CONTINUE=100 continue=100 SWITCHING_PROTOCOLS=101 switching_protocols=101 PROCESSING=102 processing=102
EARLY_HINTS=103 early_hints=103 OK=200 ok=200 CREATED=201 created=201 ACCEPTED=202 accepted=202
NON_AUTHORITATIVE_INFORMATION=203 non_authoritative_information=203 NO_CONTENT=204 no_content=204 RESET_CONTENT=205
reset_content=205 PARTIAL_CONTENT=206 partial_content=206 MULTI_STATUS=207 multi_status=207 ALREADY_REPORTED=208
already_reported=208 IM_USED=226 im_used=226 MULTIPLE_CHOICES=300 multiple_choices=300 MOVED_PERMANENTLY=301
moved_permanently=301 FOUND=302 found=302 SEE_OTHER=303 see_other=303 NOT_MODIFIED=304 not_modified=304 USE_PROXY=305
use_proxy=305 TEMPORARY_REDIRECT=307 temporary_redirect=307 PERMANENT_REDIRECT=308 permanent_redirect=308
BAD_REQUEST=400 bad_request=400 UNAUTHORIZED=401 unauthorized=401 PAYMENT_REQUIRED=402 payment_required=402
FORBIDDEN=403 forbidden=403 NOT_FOUND=404 not_found=404 METHOD_NOT_ALLOWED=405 method_not_allowed=405
NOT_ACCEPTABLE=406 not_acceptable=406 PROXY_AUTHENTICATION_REQUIRED=407 proxy_authentication_required=407
REQUEST_TIMEOUT=408 request_timeout=408 CONFLICT=409 conflict=409 GONE=410 gone=410 LENGTH_REQUIRED=411
length_required=411 PRECONDITION_FAILED=412 precondition_failed=412 REQUEST_ENTITY_TOO_LARGE=413
request_entity_too_large=413 REQUEST_URI_TOO_LONG=414 request_uri_too_long=414 UNSUPPORTED_MEDIA_TYPE=415
unsupported_media_type=415 REQUESTED_RANGE_NOT_SATISFIABLE=416 requested_range_not_satisfiable=416
EXPECTATION_FAILED=417 expectation_failed=417 IM_A_TEAPOT=418 im_a_teapot=418 MISDIRECTED_REQUEST=421
misdirected_request=421 UNPROCESSABLE_ENTITY=422 unprocessable_entity=422 LOCKED=423 locked=423 FAILED_DEPENDENCY=424
failed_dependency=424 TOO_EARLY=425 too_early=425 UPGRADE_REQUIRED=426 upgrade_required=426 PRECONDITION_REQUIRED=428
precondition_required=428 TOO_MANY_REQUESTS=429 too_many_requests=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
request_header_fields_too_large=431 UNAVAILABLE_FOR_LEGAL_REASONS=451 unavailable_for_legal_reasons=451
INTERNAL_SERVER_ERROR=500 internal_server_error=500 NOT_IMPLEMENTED=501 not_implemented=501 BAD_GATEWAY=502
bad_gateway=502 SERVICE_UNAVAILABLE=503 service_unavailable=503 GATEWAY_TIMEOUT=504 gateway_timeout=504
HTTP_VERSION_NOT_SUPPORTED=505 http_version_not_supported=505 VARIANT_ALSO_NEGOTIATES=506 variant_also_negotiates=506
INSUFFICIENT_STORAGE=507 insufficient_storage=507 LOOP_DETECTED=508 loop_detected=508 NOT_EXTENDED=510
not_extended=510 NETWORK_AUTHENTICATION_REQUIRED=511 network_authentication_required=511`;

// Dropshot (oxidecomputer/dropshot dropshot/src/error_status_code.rs @ fb0fd91): `ErrorStatusCode` and
// `ClientErrorStatusCode`, wrappers of the http crate's `StatusCode` that only hold error codes (4xx and 5xx, or 4xx), with the
// http crate's names for them: `HttpError::for_client_error(None, ClientErrorStatusCode::NOT_FOUND, msg)`.
const DROPSHOT_ERROR_STATUS_CODE = `BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 METHOD_NOT_ALLOWED=405
NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410 LENGTH_REQUIRED=411
PRECONDITION_FAILED=412 PAYLOAD_TOO_LARGE=413 URI_TOO_LONG=414 UNSUPPORTED_MEDIA_TYPE=415 RANGE_NOT_SATISFIABLE=416
EXPECTATION_FAILED=417 IM_A_TEAPOT=418 MISDIRECTED_REQUEST=421 UNPROCESSABLE_ENTITY=422 LOCKED=423
FAILED_DEPENDENCY=424 UPGRADE_REQUIRED=426 PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429
REQUEST_HEADER_FIELDS_TOO_LARGE=431 UNAVAILABLE_FOR_LEGAL_REASONS=451 INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501
BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504 HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506
INSUFFICIENT_STORAGE=507 LOOP_DETECTED=508 NOT_EXTENDED=510 NETWORK_AUTHENTICATION_REQUIRED=511`;
// (`ClientErrorStatusCode` holds the same names, the client errors only)
const DROPSHOT_CLIENT_ERROR_STATUS_CODE = DROPSHOT_ERROR_STATUS_CODE.split(/\s+/).filter((item) => Number(item.slice(item.indexOf('=') + 1)) < 500).join(' ');

// axios `HttpStatusCode` (axios/axios lib/helpers/HttpStatusCode.js @ 23a25af).
const AXIOS_HTTPSTATUSCODE = `Continue=100 SwitchingProtocols=101 Processing=102 EarlyHints=103 Ok=200 Created=201 Accepted=202
NonAuthoritativeInformation=203 NoContent=204 ResetContent=205 PartialContent=206 MultiStatus=207 AlreadyReported=208
ImUsed=226 MultipleChoices=300 MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305 Unused=306
TemporaryRedirect=307 PermanentRedirect=308 BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403
NotFound=404 MethodNotAllowed=405 NotAcceptable=406 ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409
Gone=410 LengthRequired=411 PreconditionFailed=412 PayloadTooLarge=413 UriTooLong=414 UnsupportedMediaType=415
RangeNotSatisfiable=416 ExpectationFailed=417 ImATeapot=418 MisdirectedRequest=421 UnprocessableEntity=422 Locked=423
FailedDependency=424 TooEarly=425 UpgradeRequired=426 PreconditionRequired=428 TooManyRequests=429
RequestHeaderFieldsTooLarge=431 UnavailableForLegalReasons=451 InternalServerError=500 NotImplemented=501
BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504 HttpVersionNotSupported=505 VariantAlsoNegotiates=506
InsufficientStorage=507 LoopDetected=508 NotExtended=510 NetworkAuthenticationRequired=511`;

// actix-web `HttpResponse` builders named for their status (actix/actix-web actix-web/src/response/http_codes.rs @ 4dc9f1d).
const ACTIX_HTTPRESPONSE = `Continue=100 SwitchingProtocols=101 Processing=102 Ok=200 Created=201 Accepted=202 NonAuthoritativeInformation=203
NoContent=204 ResetContent=205 PartialContent=206 MultiStatus=207 AlreadyReported=208 ImUsed=226 MultipleChoices=300
MovedPermanently=301 Found=302 SeeOther=303 NotModified=304 UseProxy=305 TemporaryRedirect=307 PermanentRedirect=308
BadRequest=400 Unauthorized=401 PaymentRequired=402 Forbidden=403 NotFound=404 MethodNotAllowed=405 NotAcceptable=406
ProxyAuthenticationRequired=407 RequestTimeout=408 Conflict=409 Gone=410 LengthRequired=411 PreconditionFailed=412
PayloadTooLarge=413 UriTooLong=414 UnsupportedMediaType=415 RangeNotSatisfiable=416 ExpectationFailed=417
ImATeapot=418 MisdirectedRequest=421 UnprocessableEntity=422 Locked=423 FailedDependency=424 UpgradeRequired=426
PreconditionRequired=428 TooManyRequests=429 RequestHeaderFieldsTooLarge=431 UnavailableForLegalReasons=451
InternalServerError=500 NotImplemented=501 BadGateway=502 ServiceUnavailable=503 GatewayTimeout=504
VersionNotSupported=505 VariantAlsoNegotiates=506 InsufficientStorage=507 LoopDetected=508 NotExtended=510
NetworkAuthenticationRequired=511`;

// PSR-7 helpers `StatusCodeInterface` (php-fig/http-message-util src/StatusCodeInterface.php @ 9d94dc0), as Slim uses it
// (and as mezzio imports it: `use Fig\Http\Message\StatusCodeInterface as StatusCode;`).
const PSR_STATUSCODEINTERFACE = `STATUS_CONTINUE=100 STATUS_SWITCHING_PROTOCOLS=101 STATUS_PROCESSING=102 STATUS_EARLY_HINTS=103 STATUS_OK=200
STATUS_CREATED=201 STATUS_ACCEPTED=202 STATUS_NON_AUTHORITATIVE_INFORMATION=203 STATUS_NO_CONTENT=204
STATUS_RESET_CONTENT=205 STATUS_PARTIAL_CONTENT=206 STATUS_MULTI_STATUS=207 STATUS_ALREADY_REPORTED=208
STATUS_IM_USED=226 STATUS_MULTIPLE_CHOICES=300 STATUS_MOVED_PERMANENTLY=301 STATUS_FOUND=302 STATUS_SEE_OTHER=303
STATUS_NOT_MODIFIED=304 STATUS_USE_PROXY=305 STATUS_RESERVED=306 STATUS_TEMPORARY_REDIRECT=307
STATUS_PERMANENT_REDIRECT=308 STATUS_BAD_REQUEST=400 STATUS_UNAUTHORIZED=401 STATUS_PAYMENT_REQUIRED=402
STATUS_FORBIDDEN=403 STATUS_NOT_FOUND=404 STATUS_METHOD_NOT_ALLOWED=405 STATUS_NOT_ACCEPTABLE=406
STATUS_PROXY_AUTHENTICATION_REQUIRED=407 STATUS_REQUEST_TIMEOUT=408 STATUS_CONFLICT=409 STATUS_GONE=410
STATUS_LENGTH_REQUIRED=411 STATUS_PRECONDITION_FAILED=412 STATUS_PAYLOAD_TOO_LARGE=413 STATUS_URI_TOO_LONG=414
STATUS_UNSUPPORTED_MEDIA_TYPE=415 STATUS_RANGE_NOT_SATISFIABLE=416 STATUS_EXPECTATION_FAILED=417
STATUS_IM_A_TEAPOT=418 STATUS_MISDIRECTED_REQUEST=421 STATUS_UNPROCESSABLE_ENTITY=422 STATUS_LOCKED=423
STATUS_FAILED_DEPENDENCY=424 STATUS_TOO_EARLY=425 STATUS_UPGRADE_REQUIRED=426 STATUS_PRECONDITION_REQUIRED=428
STATUS_TOO_MANY_REQUESTS=429 STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE=431 STATUS_UNAVAILABLE_FOR_LEGAL_REASONS=451
STATUS_INTERNAL_SERVER_ERROR=500 STATUS_NOT_IMPLEMENTED=501 STATUS_BAD_GATEWAY=502 STATUS_SERVICE_UNAVAILABLE=503
STATUS_GATEWAY_TIMEOUT=504 STATUS_VERSION_NOT_SUPPORTED=505 STATUS_VARIANT_ALSO_NEGOTIATES=506
STATUS_INSUFFICIENT_STORAGE=507 STATUS_LOOP_DETECTED=508 STATUS_NOT_EXTENDED=510
STATUS_NETWORK_AUTHENTICATION_REQUIRED=511`;

// Drogon `HttpStatusCode` (drogonframework/drogon lib/inc/drogon/HttpTypes.h @ 74fc004): each name carries its code.
const DROGON_HTTPSTATUSCODE = `k100Continue=100 k101SwitchingProtocols=101 k102Processing=102 k103EarlyHints=103 k200OK=200 k201Created=201
k202Accepted=202 k203NonAuthoritativeInformation=203 k204NoContent=204 k205ResetContent=205 k206PartialContent=206
k207MultiStatus=207 k208AlreadyReported=208 k226IMUsed=226 k300MultipleChoices=300 k301MovedPermanently=301
k302Found=302 k303SeeOther=303 k304NotModified=304 k305UseProxy=305 k306Unused=306 k307TemporaryRedirect=307
k308PermanentRedirect=308 k400BadRequest=400 k401Unauthorized=401 k402PaymentRequired=402 k403Forbidden=403
k404NotFound=404 k405MethodNotAllowed=405 k406NotAcceptable=406 k407ProxyAuthenticationRequired=407
k408RequestTimeout=408 k409Conflict=409 k410Gone=410 k411LengthRequired=411 k412PreconditionFailed=412
k413RequestEntityTooLarge=413 k414RequestURITooLarge=414 k415UnsupportedMediaType=415
k416RequestedRangeNotSatisfiable=416 k417ExpectationFailed=417 k418ImATeapot=418 k421MisdirectedRequest=421
k422UnprocessableEntity=422 k423Locked=423 k424FailedDependency=424 k425TooEarly=425 k426UpgradeRequired=426
k428PreconditionRequired=428 k429TooManyRequests=429 k431RequestHeaderFieldsTooLarge=431
k451UnavailableForLegalReasons=451 k500InternalServerError=500 k501NotImplemented=501 k502BadGateway=502
k503ServiceUnavailable=503 k504GatewayTimeout=504 k505HTTPVersionNotSupported=505 k506VariantAlsoNegotiates=506
k507InsufficientStorage=507 k508LoopDetected=508 k510NotExtended=510 k511NetworkAuthenticationRequired=511`;

// Jetty `org.eclipse.jetty.http.HttpStatus` int constants (jetty/jetty.project
// jetty-core/jetty-http/src/main/java/org/eclipse/jetty/http/HttpStatus.java @ 0dee3af): every name ends in its code.
const JETTY_HTTPSTATUS = `CONTINUE_100=100 SWITCHING_PROTOCOLS_101=101 PROCESSING_102=102 EARLY_HINTS_103=103 EARLY_HINT_103!=103
OK_200=200 CREATED_201=201 ACCEPTED_202=202 NON_AUTHORITATIVE_INFORMATION_203=203 NO_CONTENT_204=204
RESET_CONTENT_205=205 PARTIAL_CONTENT_206=206 MULTI_STATUS_207=207
MULTIPLE_CHOICES_300=300 MOVED_PERMANENTLY_301=301 FOUND_302=302 MOVED_TEMPORARILY_302=302 SEE_OTHER_303=303
NOT_MODIFIED_304=304 USE_PROXY_305=305 TEMPORARY_REDIRECT_307=307 PERMANENT_REDIRECT_308=308
BAD_REQUEST_400=400 UNAUTHORIZED_401=401 PAYMENT_REQUIRED_402=402 FORBIDDEN_403=403 NOT_FOUND_404=404
METHOD_NOT_ALLOWED_405=405 NOT_ACCEPTABLE_406=406 PROXY_AUTHENTICATION_REQUIRED_407=407 REQUEST_TIMEOUT_408=408
CONFLICT_409=409 GONE_410=410 LENGTH_REQUIRED_411=411 PRECONDITION_FAILED_412=412 PAYLOAD_TOO_LARGE_413=413
URI_TOO_LONG_414=414 UNSUPPORTED_MEDIA_TYPE_415=415 RANGE_NOT_SATISFIABLE_416=416 EXPECTATION_FAILED_417=417
IM_A_TEAPOT_418=418 ENHANCE_YOUR_CALM_420=420 MISDIRECTED_REQUEST_421=421 UNPROCESSABLE_ENTITY_422=422 LOCKED_423=423
FAILED_DEPENDENCY_424=424 UPGRADE_REQUIRED_426=426 PRECONDITION_REQUIRED_428=428 TOO_MANY_REQUESTS_429=429
REQUEST_HEADER_FIELDS_TOO_LARGE_431=431 UNAVAILABLE_FOR_LEGAL_REASONS_451=451
INTERNAL_SERVER_ERROR_500=500 NOT_IMPLEMENTED_501=501 BAD_GATEWAY_502=502 SERVICE_UNAVAILABLE_503=503
GATEWAY_TIMEOUT_504=504 HTTP_VERSION_NOT_SUPPORTED_505=505 INSUFFICIENT_STORAGE_507=507 LOOP_DETECTED_508=508
NOT_EXTENDED_510=510 NETWORK_AUTHENTICATION_REQUIRED_511=511`;

// Jetty's `HttpStatus.Code` enum (same file): one member per int constant, named without the code
// (`HttpStatus.Code.NOT_FOUND`), plus the deprecated misspelling `PERMANET_REDIRECT`.
const JETTY_HTTPSTATUS_CODE = JETTY_HTTPSTATUS.replace(/_\d{3}(?=!?=)/g, '') + ' PERMANET_REDIRECT!=308';

// WebSocket++ `http::status_code::value` (zaphoyd/websocketpp websocketpp/http/constants.hpp @ 4dfe1be).
const WEBSOCKETPP_STATUS_CODE = `continue_code=100 switching_protocols=101 ok=200 created=201 accepted=202 non_authoritative_information=203
no_content=204 reset_content=205 partial_content=206 multiple_choices=300 moved_permanently=301 found=302
see_other=303 not_modified=304 use_proxy=305 temporary_redirect=307 bad_request=400 unauthorized=401
payment_required=402 forbidden=403 not_found=404 method_not_allowed=405 not_acceptable=406
proxy_authentication_required=407 request_timeout=408 conflict=409 gone=410 length_required=411
precondition_failed=412 request_entity_too_large=413 request_uri_too_long=414 unsupported_media_type=415
request_range_not_satisfiable=416 expectation_failed=417 im_a_teapot=418 upgrade_required=426
precondition_required=428 too_many_requests=429 request_header_fields_too_large=431 internal_server_error=500
not_implemented=501 bad_gateway=502 service_unavailable=503 gateway_timeout=504 http_version_not_supported=505
not_extended=510 network_authentication_required=511`;

// Jooby `StatusCode` (jooby-project/jooby jooby/src/main/java/io/jooby/StatusCode.java, 2.x; borrowed from Spring,
// with Jooby's own names for 103, 308 and 500).
const JOOBY_STATUSCODE = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING=102 CHECKPOINT=103 OK=200 CREATED=201 ACCEPTED=202
NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205 PARTIAL_CONTENT=206 MULTI_STATUS=207 ALREADY_REPORTED=208
IM_USED=226 MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302 SEE_OTHER=303 NOT_MODIFIED=304 USE_PROXY=305
TEMPORARY_REDIRECT=307 RESUME_INCOMPLETE=308 BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403
NOT_FOUND=404 METHOD_NOT_ALLOWED=405 NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409
GONE=410 LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 REQUEST_ENTITY_TOO_LARGE=413 REQUEST_URI_TOO_LONG=414
UNSUPPORTED_MEDIA_TYPE=415 REQUESTED_RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417 I_AM_A_TEAPOT=418
UNPROCESSABLE_ENTITY=422 LOCKED=423 FAILED_DEPENDENCY=424 UPGRADE_REQUIRED=426 PRECONDITION_REQUIRED=428
TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431 SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502
SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504 HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506
INSUFFICIENT_STORAGE=507 LOOP_DETECTED=508 BANDWIDTH_LIMIT_EXCEEDED=509 NOT_EXTENDED=510 NETWORK_AUTHENTICATION_REQUIRED=511`;
// Arduino HTTPClient for the ESP8266 and ESP32 (esp8266/Arduino libraries/ESP8266HTTPClient/src/ESP8266HTTPClient.h,
// the same enum in espressif/arduino-esp32 libraries/HTTPClient/src/HTTPClient.h): `t_http_codes`, a plain C++ enum whose
// members are written bare (`if (httpCode == HTTP_CODE_OK)`); C++11 also allows `t_http_codes::HTTP_CODE_OK`.
const ARDUINO_HTTP_CODES = `HTTP_CODE_CONTINUE=100 HTTP_CODE_SWITCHING_PROTOCOLS=101 HTTP_CODE_PROCESSING=102 HTTP_CODE_OK=200
HTTP_CODE_CREATED=201 HTTP_CODE_ACCEPTED=202 HTTP_CODE_NON_AUTHORITATIVE_INFORMATION=203 HTTP_CODE_NO_CONTENT=204
HTTP_CODE_RESET_CONTENT=205 HTTP_CODE_PARTIAL_CONTENT=206 HTTP_CODE_MULTI_STATUS=207 HTTP_CODE_ALREADY_REPORTED=208
HTTP_CODE_IM_USED=226 HTTP_CODE_MULTIPLE_CHOICES=300 HTTP_CODE_MOVED_PERMANENTLY=301 HTTP_CODE_FOUND=302
HTTP_CODE_SEE_OTHER=303 HTTP_CODE_NOT_MODIFIED=304 HTTP_CODE_USE_PROXY=305 HTTP_CODE_TEMPORARY_REDIRECT=307
HTTP_CODE_PERMANENT_REDIRECT=308 HTTP_CODE_BAD_REQUEST=400 HTTP_CODE_UNAUTHORIZED=401 HTTP_CODE_PAYMENT_REQUIRED=402
HTTP_CODE_FORBIDDEN=403 HTTP_CODE_NOT_FOUND=404 HTTP_CODE_METHOD_NOT_ALLOWED=405 HTTP_CODE_NOT_ACCEPTABLE=406
HTTP_CODE_PROXY_AUTHENTICATION_REQUIRED=407 HTTP_CODE_REQUEST_TIMEOUT=408 HTTP_CODE_CONFLICT=409 HTTP_CODE_GONE=410
HTTP_CODE_LENGTH_REQUIRED=411 HTTP_CODE_PRECONDITION_FAILED=412 HTTP_CODE_PAYLOAD_TOO_LARGE=413 HTTP_CODE_URI_TOO_LONG=414
HTTP_CODE_UNSUPPORTED_MEDIA_TYPE=415 HTTP_CODE_RANGE_NOT_SATISFIABLE=416 HTTP_CODE_EXPECTATION_FAILED=417
HTTP_CODE_MISDIRECTED_REQUEST=421 HTTP_CODE_UNPROCESSABLE_ENTITY=422 HTTP_CODE_LOCKED=423 HTTP_CODE_FAILED_DEPENDENCY=424
HTTP_CODE_UPGRADE_REQUIRED=426 HTTP_CODE_PRECONDITION_REQUIRED=428 HTTP_CODE_TOO_MANY_REQUESTS=429
HTTP_CODE_REQUEST_HEADER_FIELDS_TOO_LARGE=431 HTTP_CODE_INTERNAL_SERVER_ERROR=500 HTTP_CODE_NOT_IMPLEMENTED=501
HTTP_CODE_BAD_GATEWAY=502 HTTP_CODE_SERVICE_UNAVAILABLE=503 HTTP_CODE_GATEWAY_TIMEOUT=504
HTTP_CODE_HTTP_VERSION_NOT_SUPPORTED=505 HTTP_CODE_VARIANT_ALSO_NEGOTIATES=506 HTTP_CODE_INSUFFICIENT_STORAGE=507
HTTP_CODE_LOOP_DETECTED=508 HTTP_CODE_NOT_EXTENDED=510 HTTP_CODE_NETWORK_AUTHENTICATION_REQUIRED=511`;

// Twisted's twisted.web.http (twisted/twisted src/twisted/web/_responses.py @ 108f823), written `http.NOT_FOUND` after
// `from twisted.web import http` (Python's own `http` module has no such names). `_CONTINUE` is private.
const TWISTED_WEB_HTTP = `SWITCHING=101 OK=200 CREATED=201 ACCEPTED=202 NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204
RESET_CONTENT=205 PARTIAL_CONTENT=206 MULTI_STATUS=207 MULTIPLE_CHOICE=300 MOVED_PERMANENTLY=301 FOUND=302 SEE_OTHER=303
NOT_MODIFIED=304 USE_PROXY=305 TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308 BAD_REQUEST=400 UNAUTHORIZED=401
PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404 NOT_ALLOWED=405 NOT_ACCEPTABLE=406 PROXY_AUTH_REQUIRED=407
REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410 LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 REQUEST_ENTITY_TOO_LARGE=413
REQUEST_URI_TOO_LONG=414 UNSUPPORTED_MEDIA_TYPE=415 REQUESTED_RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417
IM_A_TEAPOT=418 INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503 GATEWAY_TIMEOUT=504
HTTP_VERSION_NOT_SUPPORTED=505 INSUFFICIENT_STORAGE_SPACE=507 NOT_EXTENDED=510`;

// Falcon's status lines (falconry/falcon falcon/status_codes.py @ 12fc896 and its later typed version), written
// `falcon.HTTP_NOT_FOUND` or `falcon.HTTP_404` (the numbered names are read like Starlette's, `status.HTTP_404`). The values are strings,
// `'404 Not Found'`, but each names one status. The later typed file drops 444, 499 and 599 (kept here as deprecated); 413's newest
// name is CONTENT_TOO_LARGE.
const FALCON_STATUS = `HTTP_CONTINUE=100 HTTP_SWITCHING_PROTOCOLS=101 HTTP_PROCESSING=102 HTTP_EARLY_HINTS=103
HTTP_OK=200 HTTP_CREATED=201 HTTP_ACCEPTED=202 HTTP_NON_AUTHORITATIVE_INFORMATION=203 HTTP_NO_CONTENT=204
HTTP_RESET_CONTENT=205 HTTP_PARTIAL_CONTENT=206 HTTP_MULTI_STATUS=207 HTTP_ALREADY_REPORTED=208 HTTP_IM_USED=226
HTTP_MULTIPLE_CHOICES=300 HTTP_MOVED_PERMANENTLY=301 HTTP_FOUND=302 HTTP_SEE_OTHER=303 HTTP_NOT_MODIFIED=304
HTTP_USE_PROXY=305 HTTP_TEMPORARY_REDIRECT=307 HTTP_PERMANENT_REDIRECT=308
HTTP_BAD_REQUEST=400 HTTP_UNAUTHORIZED=401 HTTP_PAYMENT_REQUIRED=402 HTTP_FORBIDDEN=403 HTTP_NOT_FOUND=404
HTTP_METHOD_NOT_ALLOWED=405 HTTP_NOT_ACCEPTABLE=406 HTTP_PROXY_AUTHENTICATION_REQUIRED=407 HTTP_REQUEST_TIMEOUT=408
HTTP_CONFLICT=409 HTTP_GONE=410 HTTP_LENGTH_REQUIRED=411 HTTP_PRECONDITION_FAILED=412 HTTP_REQUEST_ENTITY_TOO_LARGE=413
HTTP_CONTENT_TOO_LARGE=413 HTTP_PAYLOAD_TOO_LARGE=413 HTTP_REQUEST_URI_TOO_LONG=414 HTTP_UNSUPPORTED_MEDIA_TYPE=415
HTTP_REQUESTED_RANGE_NOT_SATISFIABLE=416 HTTP_EXPECTATION_FAILED=417 HTTP_IM_A_TEAPOT=418 HTTP_MISDIRECTED_REQUEST=421
HTTP_UNPROCESSABLE_ENTITY=422 HTTP_LOCKED=423 HTTP_FAILED_DEPENDENCY=424 HTTP_TOO_EARLY=425 HTTP_UPGRADE_REQUIRED=426
HTTP_PRECONDITION_REQUIRED=428 HTTP_TOO_MANY_REQUESTS=429 HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE=431
HTTP_CONNECTION_CLOSED_WITHOUT_RESPONSE!=444 HTTP_UNAVAILABLE_FOR_LEGAL_REASONS=451 HTTP_CLIENT_CLOSED_REQUEST!=499
HTTP_INTERNAL_SERVER_ERROR=500 HTTP_NOT_IMPLEMENTED=501 HTTP_BAD_GATEWAY=502 HTTP_SERVICE_UNAVAILABLE=503
HTTP_GATEWAY_TIMEOUT=504 HTTP_HTTP_VERSION_NOT_SUPPORTED=505 HTTP_VARIANT_ALSO_NEGOTIATES=506 HTTP_INSUFFICIENT_STORAGE=507
HTTP_LOOP_DETECTED=508 HTTP_NOT_EXTENDED=510 HTTP_NETWORK_AUTHENTICATION_REQUIRED=511 HTTP_NETWORK_CONNECT_TIMEOUT_ERROR!=599`;

// Crystal's standard library enum HTTP::Status (crystal-lang/crystal src/http/status.cr @ 0710db7), written
// `HTTP::Status::NOT_FOUND` (or `::HTTP::Status::FOUND`); Crystal's symbols autocast to it (`status : HTTP::Status = :found`).
const CRYSTAL_HTTP_STATUS = `CONTINUE=100 SWITCHING_PROTOCOLS=101 PROCESSING=102 EARLY_HINTS=103 OK=200 CREATED=201 ACCEPTED=202
NON_AUTHORITATIVE_INFORMATION=203 NO_CONTENT=204 RESET_CONTENT=205 PARTIAL_CONTENT=206 MULTI_STATUS=207 ALREADY_REPORTED=208
IM_USED=226 MULTIPLE_CHOICES=300 MOVED_PERMANENTLY=301 FOUND=302 SEE_OTHER=303 NOT_MODIFIED=304 USE_PROXY=305 SWITCH_PROXY=306
TEMPORARY_REDIRECT=307 PERMANENT_REDIRECT=308 BAD_REQUEST=400 UNAUTHORIZED=401 PAYMENT_REQUIRED=402 FORBIDDEN=403 NOT_FOUND=404
METHOD_NOT_ALLOWED=405 NOT_ACCEPTABLE=406 PROXY_AUTHENTICATION_REQUIRED=407 REQUEST_TIMEOUT=408 CONFLICT=409 GONE=410
LENGTH_REQUIRED=411 PRECONDITION_FAILED=412 PAYLOAD_TOO_LARGE=413 URI_TOO_LONG=414 UNSUPPORTED_MEDIA_TYPE=415
RANGE_NOT_SATISFIABLE=416 EXPECTATION_FAILED=417 IM_A_TEAPOT=418 MISDIRECTED_REQUEST=421 UNPROCESSABLE_ENTITY=422 LOCKED=423
FAILED_DEPENDENCY=424 UPGRADE_REQUIRED=426 PRECONDITION_REQUIRED=428 TOO_MANY_REQUESTS=429 REQUEST_HEADER_FIELDS_TOO_LARGE=431
UNAVAILABLE_FOR_LEGAL_REASONS=451 INTERNAL_SERVER_ERROR=500 NOT_IMPLEMENTED=501 BAD_GATEWAY=502 SERVICE_UNAVAILABLE=503
GATEWAY_TIMEOUT=504 HTTP_VERSION_NOT_SUPPORTED=505 VARIANT_ALSO_NEGOTIATES=506 INSUFFICIENT_STORAGE=507 LOOP_DETECTED=508
NOT_EXTENDED=510 NETWORK_AUTHENTICATION_REQUIRED=511`;

// libsoup's SoupStatus (GNOME/libsoup libsoup/soup-status.h @ 00858a9), written bare in C: `SOUP_STATUS_NOT_FOUND`.
// (its aliases for old names: MOVED_TEMPORARILY, PROXY_UNAUTHORIZED, INVALID_RANGE)
const LIBSOUP_STATUS = `SOUP_STATUS_CONTINUE=100 SOUP_STATUS_SWITCHING_PROTOCOLS=101 SOUP_STATUS_PROCESSING=102
SOUP_STATUS_OK=200 SOUP_STATUS_CREATED=201 SOUP_STATUS_ACCEPTED=202 SOUP_STATUS_NON_AUTHORITATIVE=203 SOUP_STATUS_NO_CONTENT=204
SOUP_STATUS_RESET_CONTENT=205 SOUP_STATUS_PARTIAL_CONTENT=206 SOUP_STATUS_MULTI_STATUS=207
SOUP_STATUS_MULTIPLE_CHOICES=300 SOUP_STATUS_MOVED_PERMANENTLY=301 SOUP_STATUS_FOUND=302 SOUP_STATUS_MOVED_TEMPORARILY!=302
SOUP_STATUS_SEE_OTHER=303 SOUP_STATUS_NOT_MODIFIED=304 SOUP_STATUS_USE_PROXY=305 SOUP_STATUS_TEMPORARY_REDIRECT=307
SOUP_STATUS_PERMANENT_REDIRECT=308 SOUP_STATUS_BAD_REQUEST=400 SOUP_STATUS_UNAUTHORIZED=401 SOUP_STATUS_PAYMENT_REQUIRED=402
SOUP_STATUS_FORBIDDEN=403 SOUP_STATUS_NOT_FOUND=404 SOUP_STATUS_METHOD_NOT_ALLOWED=405 SOUP_STATUS_NOT_ACCEPTABLE=406
SOUP_STATUS_PROXY_AUTHENTICATION_REQUIRED=407 SOUP_STATUS_PROXY_UNAUTHORIZED!=407 SOUP_STATUS_REQUEST_TIMEOUT=408
SOUP_STATUS_CONFLICT=409 SOUP_STATUS_GONE=410 SOUP_STATUS_LENGTH_REQUIRED=411 SOUP_STATUS_PRECONDITION_FAILED=412
SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE=413 SOUP_STATUS_REQUEST_URI_TOO_LONG=414 SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE=415
SOUP_STATUS_REQUESTED_RANGE_NOT_SATISFIABLE=416 SOUP_STATUS_INVALID_RANGE!=416 SOUP_STATUS_EXPECTATION_FAILED=417
SOUP_STATUS_MISDIRECTED_REQUEST=421 SOUP_STATUS_UNPROCESSABLE_ENTITY=422 SOUP_STATUS_LOCKED=423 SOUP_STATUS_FAILED_DEPENDENCY=424
SOUP_STATUS_INTERNAL_SERVER_ERROR=500 SOUP_STATUS_NOT_IMPLEMENTED=501 SOUP_STATUS_BAD_GATEWAY=502
SOUP_STATUS_SERVICE_UNAVAILABLE=503 SOUP_STATUS_GATEWAY_TIMEOUT=504 SOUP_STATUS_HTTP_VERSION_NOT_SUPPORTED=505
SOUP_STATUS_INSUFFICIENT_STORAGE=507 SOUP_STATUS_NOT_EXTENDED=510`;

// GNU libmicrohttpd's status macros (src/include/microhttpd.h, registry export 2023-09-29), written bare in C:
// `MHD_queue_response(connection, MHD_HTTP_NOT_FOUND, response)` (and its deprecated names for old phrases)
const LIBMICROHTTPD_STATUS = `MHD_HTTP_CONTINUE=100 MHD_HTTP_SWITCHING_PROTOCOLS=101 MHD_HTTP_PROCESSING=102 MHD_HTTP_EARLY_HINTS=103
MHD_HTTP_OK=200 MHD_HTTP_CREATED=201 MHD_HTTP_ACCEPTED=202 MHD_HTTP_NON_AUTHORITATIVE_INFORMATION=203 MHD_HTTP_NO_CONTENT=204
MHD_HTTP_RESET_CONTENT=205 MHD_HTTP_PARTIAL_CONTENT=206 MHD_HTTP_MULTI_STATUS=207 MHD_HTTP_ALREADY_REPORTED=208 MHD_HTTP_IM_USED=226
MHD_HTTP_MULTIPLE_CHOICES=300 MHD_HTTP_MOVED_PERMANENTLY=301 MHD_HTTP_FOUND=302 MHD_HTTP_SEE_OTHER=303 MHD_HTTP_NOT_MODIFIED=304
MHD_HTTP_USE_PROXY=305 MHD_HTTP_SWITCH_PROXY=306 MHD_HTTP_TEMPORARY_REDIRECT=307 MHD_HTTP_PERMANENT_REDIRECT=308
MHD_HTTP_BAD_REQUEST=400 MHD_HTTP_UNAUTHORIZED=401 MHD_HTTP_PAYMENT_REQUIRED=402 MHD_HTTP_FORBIDDEN=403 MHD_HTTP_NOT_FOUND=404
MHD_HTTP_METHOD_NOT_ALLOWED=405 MHD_HTTP_NOT_ACCEPTABLE=406 MHD_HTTP_METHOD_NOT_ACCEPTABLE!=406
MHD_HTTP_PROXY_AUTHENTICATION_REQUIRED=407 MHD_HTTP_REQUEST_TIMEOUT=408 MHD_HTTP_CONFLICT=409 MHD_HTTP_GONE=410
MHD_HTTP_LENGTH_REQUIRED=411 MHD_HTTP_PRECONDITION_FAILED=412 MHD_HTTP_CONTENT_TOO_LARGE=413 MHD_HTTP_PAYLOAD_TOO_LARGE!=413
MHD_HTTP_REQUEST_ENTITY_TOO_LARGE!=413 MHD_HTTP_URI_TOO_LONG=414 MHD_HTTP_REQUEST_URI_TOO_LONG!=414
MHD_HTTP_UNSUPPORTED_MEDIA_TYPE=415 MHD_HTTP_RANGE_NOT_SATISFIABLE=416 MHD_HTTP_REQUESTED_RANGE_NOT_SATISFIABLE!=416
MHD_HTTP_EXPECTATION_FAILED=417 MHD_HTTP_MISDIRECTED_REQUEST=421 MHD_HTTP_UNPROCESSABLE_CONTENT=422
MHD_HTTP_UNPROCESSABLE_ENTITY!=422 MHD_HTTP_LOCKED=423 MHD_HTTP_FAILED_DEPENDENCY=424 MHD_HTTP_TOO_EARLY=425
MHD_HTTP_UNORDERED_COLLECTION!=425 MHD_HTTP_UPGRADE_REQUIRED=426 MHD_HTTP_PRECONDITION_REQUIRED=428
MHD_HTTP_TOO_MANY_REQUESTS=429 MHD_HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE=431 MHD_HTTP_NO_RESPONSE!=444 MHD_HTTP_RETRY_WITH=449
MHD_HTTP_BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS=450 MHD_HTTP_UNAVAILABLE_FOR_LEGAL_REASONS=451
MHD_HTTP_INTERNAL_SERVER_ERROR=500 MHD_HTTP_NOT_IMPLEMENTED=501 MHD_HTTP_BAD_GATEWAY=502 MHD_HTTP_SERVICE_UNAVAILABLE=503
MHD_HTTP_GATEWAY_TIMEOUT=504 MHD_HTTP_HTTP_VERSION_NOT_SUPPORTED=505 MHD_HTTP_VARIANT_ALSO_NEGOTIATES=506
MHD_HTTP_INSUFFICIENT_STORAGE=507 MHD_HTTP_LOOP_DETECTED=508 MHD_HTTP_BANDWIDTH_LIMIT_EXCEEDED=509 MHD_HTTP_NOT_EXTENDED=510
MHD_HTTP_NETWORK_AUTHENTICATION_REQUIRED=511`;

// Ruby's Net::HTTP response classes (ruby/net-http lib/net/http/responses.rb, `CODE_TO_OBJ`, and its aliases for old names).
const RUBY_NET_HTTP = `HTTPContinue=100 HTTPSwitchProtocol=101 HTTPProcessing=102 HTTPEarlyHints=103
HTTPOK=200 HTTPCreated=201 HTTPAccepted=202 HTTPNonAuthoritativeInformation=203 HTTPNoContent=204 HTTPResetContent=205
HTTPPartialContent=206 HTTPMultiStatus=207 HTTPAlreadyReported=208 HTTPIMUsed=226
HTTPMultipleChoices=300 HTTPMultipleChoice!=300 HTTPMovedPermanently=301 HTTPFound=302 HTTPMovedTemporarily!=302 HTTPSeeOther=303
HTTPNotModified=304 HTTPUseProxy=305 HTTPTemporaryRedirect=307 HTTPPermanentRedirect=308
HTTPBadRequest=400 HTTPUnauthorized=401 HTTPPaymentRequired=402 HTTPForbidden=403 HTTPNotFound=404 HTTPMethodNotAllowed=405
HTTPNotAcceptable=406 HTTPProxyAuthenticationRequired=407 HTTPRequestTimeout=408 HTTPRequestTimeOut!=408 HTTPConflict=409
HTTPGone=410 HTTPLengthRequired=411 HTTPPreconditionFailed=412 HTTPPayloadTooLarge=413 HTTPRequestEntityTooLarge!=413
HTTPURITooLong=414 HTTPRequestURITooLong!=414 HTTPRequestURITooLarge!=414 HTTPUnsupportedMediaType=415
HTTPRangeNotSatisfiable=416 HTTPRequestedRangeNotSatisfiable!=416 HTTPExpectationFailed=417 HTTPMisdirectedRequest=421
HTTPUnprocessableEntity=422 HTTPLocked=423 HTTPFailedDependency=424 HTTPUpgradeRequired=426 HTTPPreconditionRequired=428
HTTPTooManyRequests=429 HTTPRequestHeaderFieldsTooLarge=431 HTTPUnavailableForLegalReasons=451
HTTPInternalServerError=500 HTTPNotImplemented=501 HTTPBadGateway=502 HTTPServiceUnavailable=503 HTTPGatewayTimeout=504
HTTPGatewayTimeOut!=504 HTTPVersionNotSupported=505 HTTPVariantAlsoNegotiates=506 HTTPInsufficientStorage=507
HTTPLoopDetected=508 HTTPNotExtended=510 HTTPNetworkAuthenticationRequired=511`;

// actix-web's error helpers (actix-web/src/error/internal.rs, `error_helper!(ErrorBadRequest, BAD_REQUEST)` ...; poem has the
// same names): functions that wrap a cause in an error answered with that status, written qualified
// (`actix_web::error::ErrorUnauthorized("...")`) or bare after `use actix_web::error::ErrorUnauthorized;`.
const ACTIX_ERROR_HELPERS = `ErrorBadRequest=400 ErrorUnauthorized=401 ErrorPaymentRequired=402 ErrorForbidden=403 ErrorNotFound=404
ErrorMethodNotAllowed=405 ErrorNotAcceptable=406 ErrorProxyAuthenticationRequired=407 ErrorRequestTimeout=408 ErrorConflict=409
ErrorGone=410 ErrorLengthRequired=411 ErrorPreconditionFailed=412 ErrorPayloadTooLarge=413 ErrorUriTooLong=414
ErrorUnsupportedMediaType=415 ErrorRangeNotSatisfiable=416 ErrorExpectationFailed=417 ErrorImATeapot=418
ErrorMisdirectedRequest=421 ErrorUnprocessableEntity=422 ErrorLocked=423 ErrorFailedDependency=424 ErrorUpgradeRequired=426
ErrorPreconditionRequired=428 ErrorTooManyRequests=429 ErrorRequestHeaderFieldsTooLarge=431 ErrorUnavailableForLegalReasons=451
ErrorInternalServerError=500 ErrorNotImplemented=501 ErrorBadGateway=502 ErrorServiceUnavailable=503 ErrorGatewayTimeout=504
ErrorHttpVersionNotSupported=505 ErrorVariantAlsoNegotiates=506 ErrorInsufficientStorage=507 ErrorLoopDetected=508
ErrorNotExtended=510 ErrorNetworkAuthenticationRequired=511`;

/**
 * OpenTelemetry's Java API spells `StatusCode.OK` like Jooby (`span.setStatus(StatusCode.OK)`), Jetty's WebSocket
 * close codes have a `StatusCode.SERVER_ERROR` (1011), and applications' own `StatusCode` classes often hold a
 * business `SERVER_ERROR`.
 */
const OTEL_AND_APP_CODES = { members: new Set(['OK', 'SERVER_ERROR']), otherLibrary: /[Ss]pan\b|[Tt]elemetry|[Tt]rac(?:e|ing)\b|otel|OTel|[Ww]eb[Ss]ocket|[Ss]ession|\bclose\(|[\u4e00-\u9fff]/ };

/** gRPC (`new Status(StatusCode.NotFound, ...)`, `RpcException`) and OpenTelemetry (`span.SetStatus(StatusCode.Ok)`) spell these two like sttp. */
const GRPC_AND_OTEL = { members: new Set(['NotFound', 'Ok']), otherLibrary: /Rpc|grpc|gRPC|GRPC|\bStatus\(|[Ss]pan\b|SetStatus|[Aa]ctivity|[Tt]elemetry|[Tt]race/ };

/**
 * Where Scala code writes a status imported bare (`import StatusCodes._`): `complete(NotFound, ...)`, `status = Created`, `status: OK`,
 * a response built with it (`HttpResponse(NotFound, entity = ...)`, `ToResponseMarshallable(OK → fridge)`); and Play's upper-case
 * `Status` constants (group `caps`) in a match arm (`case NOT_FOUND =>`, `case OK | CREATED =>`), a comparison
 * (`if (status == NOT_FOUND)`), a stub's arguments (`stubResponse(url, BAD_REQUEST, "...")`), an exception's after its
 * message (`new HttpException(response.body, FORBIDDEN)`) and their own import (`import play.api.http.Status.{ACCEPTED, NOT_FOUND}`).
 */
const SCALA_BARE_STATUS_AFTER = /(?:(?<result>^\s*|=>\s*|[={]\s*|\byield\s+|\belse\s+|\bsuccessful\(\s*)|\bcomplete\(\s*\(?\s*|\b(?:HttpResponse|ToResponseMarshallable)\(\s*(?:status\s*=\s*)?|(?<caps>\bcase\s+(?:[A-Z][A-Z_]*\s*\|\s*)*|[=!]=\s*|\bStatus\.\{\s*(?:\w+\s*,\s*)*|\b\w*[Rr]esponse\(\s*[^(),]{1,60},\s*|\b\w*Exception\(\s*[^(),]{1,60},\s*)|\b[Ss]tatus\s*(?:[:=]|==|!=)\s*|\bstatus\([^()]*\)\s+(?:mustBe|mustEqual|shouldBe|shouldEqual|must_==|must\s+be|should\s+be|must\s+equal|should\s+equal|must\s+equalTo\(|must\s+beEqualTo\()\s*)$/;

/**
 * Where Java, Kotlin and Groovy write a status imported bare (`import static org.springframework.http.HttpStatus.*`,
 * http4k's `Status.Companion.*`): the argument of a status call (`status(NOT_FOUND)`, `@ResponseStatus(CREATED)`,
 * `sendError(ctx, NOT_FOUND)`, `Response(NOT_FOUND)`, http4k's matcher `hasStatus(OK)`), Grails `render status: NOT_FOUND`, a value given
 * to a status (Kotlin's `status: HttpStatusCode = BadRequest`, a named argument's `status = UNPROCESSABLE_ENTITY`, a variable
 * typed so: `HttpStatus expectedStatus = BAD_REQUEST;`, `val expected: HttpStatus = FORBIDDEN`), a comparison with a status
 * (`status == NOT_FOUND`, `assertThat(res.getStatusCode(), is(CREATED))`, AssertJ's `assertThat(r.getStatusCode()).isEqualTo(OK)`),
 * the last of a `send…Error` or `handle…Error` helper's arguments (`sendPlainTextError(ctx, req, NOT_FOUND)`,
 * `handleError(request, error, INTERNAL_SERVER_ERROR)`),
 * or an argument of an exception or an
 * exception handler (group `err`: client and server errors only), or the first argument of an error-code enum's constant
 * (group `enumArg`: `TOKEN_EXPIRED(UNAUTHORIZED, "AUTH401_1", "...")`), or the argument of a helper named for HTTP, in
 * any script (`HTTP_상태_코드를_검증한다(응답, CREATED)`).
 */
const JVM_BARE_STATUS_AFTER = /(?:\b(?:HTTP_|Http)[^\s(),.]*\(\s*(?:[^\s(),]+\s*,\s*)?|\b(?:status|statusCode|hasStatus|ResponseStatus|sendError|sendErrorResponse|withStatus|setStatus|setStatusCode|Response|ResponseEntity(?:<[\w<>?, ]*>)?|\w*HttpResponse|respond|complete|response(?:With|For|Of|Entity)\w*|\w*ErrorResponse)\(\s*(?:(?:code|value|status)\s*=\s*)?(?:[\w.$]+\s*,\s*)?|\brender\s+status:\s*|\[\s*status:\s*|\bstatus\s*(?::\s*HttpStatus(?:Code)?\s*)?=\s*|\bHttpStatus(?:Code)?\s+\w+\s*=\s*|\w\s*:\s*HttpStatus(?:Code)?\s*=\s*|\bis\s+[\w.]*Exception\s*->\s*|[Ss]tatus\w*(?:\(\))?\s*(?:===?|!==?)\s*|[Ss]tatus\w*(?:\(\))?\s*,\s*(?:is|equalTo|isEqualTo)\(\s*|[Ss]tatus\w*\(\)\)\s*\.\s*(?:isEqualTo|isNotEqualTo)\(\s*|\b(?:send|handle)\w*Error\(\s*(?:[\w.$]+\s*,\s*){1,3}|(?<err>\w*Exception\((?:[^()]{0,60},)?\s*|(?<enumArg>^\s*[A-Z][A-Z0-9_]{1,60}\(\s*)))$/;

/**
 * Where JavaScript and TypeScript write the legacy named exports of http-status-codes (and http-status) bare: given to a
 * status call (`res.status(OK)`, `res.sendStatus(NO_CONTENT)`), set as a status (`this.statusCode = BAD_REQUEST`,
 * `{ status: CREATED }`; not a query string's `?status=ACCEPTED`), compared with one (`statusCode === NOT_FOUND`), or imported by name (group `imp`, which the
 * package's name must follow: `import { OK, CREATED } from 'http-status-codes'`); and where a much-copied MERN tutorial's
 * own names go, its assertion helper taking the condition first (`appAssert(user, NOT_FOUND, "User not found")`), or
 * Hono's `c.json(exercises, OK)`, the status after the body.
 */
const JS_BARE_STATUS_AFTER = /(?:\.(?:status|sendStatus)\(\s*|\bappAssert\w*\([^(),]*(?:\([^()]*\)[^(),]*)*,\s*|\bc\.json\((?:[^()]|\([^()]*\))*,\s*|(?<![?&])\b(?:status|statusCode|httpStatus)\s*[:=]\s*|\b(?:status|statusCode)\s*[!=]==?\s*|(?<imp>\b(?:import|const|let|var)\s*\{\s*(?:\w+\s*,\s*)*))$/;

/** The words that end a name for a code's text rather than the code (`HTTP_404_DESCRIPTION`, `HTTP_404_TEXT`), as a regex alternation. */
export const CODE_TEXT_WORDS = 'DESCRIPTION|DESC|MESSAGE|MSG|TEXT';

/** The languages of the JavaScript family, whose files share its libraries' constants. */
export const JS_LANGUAGE_IDS: readonly string[] = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue', 'svelte'];
const JS = JS_LANGUAGE_IDS;
/**
 * A project's own status enum, spelt like http-status-codes (`HTTP_CODE.NOT_FOUND`) or axios (`HttpResponseCodes.NotFound`), or an enum named so (`StatusCodeEnum.NOT_FOUND`):
 * its members are named for the reason phrases, so the tables read them. (Only names an existing trigger, `HTTP` or
 * `Http`, already covers: a lower-case qualifier such as `statusCode.` would cost the line pass on every line.)
 */
const JS_OWN_STATUS_ENUMS = ['HttpCode', 'HttpCodes', 'HTTP_CODE', 'HTTP_CODES', 'HttpResponseCode', 'HttpResponseCodes', 'HTTP_RESPONSE_CODE', 'HTTP_RESPONSE_CODES', 'StatusCodeEnum', 'HttpStatusEnum', 'STATUS_CODES'];

/**
 * Every family, in lookup priority order. Detection maps a written constant to a code with these
 * tables; refactors/completion use `constantName` / `constantText` to write one.
 */
export const constantFamilies: readonly ConstantFamily[] = Object.freeze([
  // CPython added CONTENT_TOO_LARGE & co. in 3.13; the older names work in every version.
  family({ id: 'python-httpstatus', label: 'Python http.HTTPStatus', languageIds: ['python'], qualifiers: ['HTTPStatus'], preferredQualifier: 'HTTPStatus', separator: '.', portable: { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 422: 'UNPROCESSABLE_ENTITY' }, toNumber: { after: '.value' } }, PY_HTTPSTATUS),
  // Starlette's newer HTTP_413_CONTENT_TOO_LARGE & co. are missing from the releases many FastAPI apps pin.
  // (A name for the code's text is not the code: a project's `constants.HTTP_404_DESCRIPTION`.)
  family({ id: 'python-status-module', label: 'Starlette / FastAPI / Django REST framework status', languageIds: ['python'], qualifiers: ['status', '*'], preferredQualifier: 'status', separator: '.', codeInName: new RegExp('^HTTP_(\\d{3})(?:_(?![A-Z0-9_]*_?(?:' + CODE_TEXT_WORDS + ')$)[A-Z0-9_]+)?$'), memberPrefix: 'HTTP_', portable: { 413: 'HTTP_413_REQUEST_ENTITY_TOO_LARGE', 414: 'HTTP_414_REQUEST_URI_TOO_LONG', 416: 'HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE', 422: 'HTTP_422_UNPROCESSABLE_ENTITY' } }, PY_STATUS_MODULE),
  family({ id: 'python-http-client', label: 'Python http.client (six.moves.http_client, Python 2 httplib)', languageIds: ['python'], qualifiers: ['http_client', 'httplib', 'http.client'], preferredQualifier: 'http_client', separator: '.', onlyIn: ['python'], triggers: ['ttp_client.', 'ttplib.', 'ttp.client.'] }, PY_HTTPSTATUS),
  family({ id: 'python-requests-codes', label: 'Python Requests codes', languageIds: ['python'], qualifiers: ['requests.codes', 'codes'], preferredQualifier: 'requests.codes', separator: '.', onlyIn: ['python'], onlyNearStatus: true }, REQUESTS_CODES),
  family({ id: 'python-httpx-codes', label: 'HTTPX codes', languageIds: ['python'], qualifiers: ['httpx.codes', 'codes'], preferredQualifier: 'httpx.codes', separator: '.', onlyIn: ['python'], onlyNearStatus: true }, HTTPX_CODES),
  family({ id: 'go-net-http', label: 'Go net/http', languageIds: ['go'], qualifiers: ['*'], preferredQualifier: 'http', separator: '.', memberPrefix: 'Status' }, GO_NET_HTTP),
  family({ id: 'node-http-status-codes', label: 'http-status-codes StatusCodes', languageIds: JS, qualifiers: ['StatusCodes', 'HttpStatusCodes', 'HttpStatus', 'httpStatus', 'HTTP_STATUS', 'status', 'httpStatusCode', 'httpStatusCodes', 'HTTP_STATUS_CODE', 'HTTP_STATUS_CODES', ...JS_OWN_STATUS_ENUMS], preferredQualifier: 'StatusCodes', separator: '.', bareIn: JS, bareAfter: JS_BARE_STATUS_AFTER }, NODE_STATUS_CODES),
  family({ id: 'nestjs-httpstatus', label: 'NestJS HttpStatus', languageIds: JS, qualifiers: ['HttpStatus'], preferredQualifier: 'HttpStatus', separator: '.' }, NEST_HTTP_STATUS),
  // Spring 6.1 renamed 413 and 422; the old names still compile on every Spring 5 and 6 release.
  family({ id: 'spring-httpstatus', label: 'Spring HttpStatus', languageIds: ['java', 'kotlin', 'groovy', 'scala'], qualifiers: ['HttpStatus'], preferredQualifier: 'HttpStatus', separator: '.', bareIn: ['scala', 'java', 'kotlin', 'groovy'], bareAfter: { scala: SCALA_BARE_STATUS_AFTER, java: JVM_BARE_STATUS_AFTER, kotlin: JVM_BARE_STATUS_AFTER, groovy: JVM_BARE_STATUS_AFTER }, portable: { 413: 'PAYLOAD_TOO_LARGE', 422: 'UNPROCESSABLE_ENTITY' }, typed: { takesEither: /\b(?:ResponseEntity|ServerResponse)\s*\.\s*status\(\s*$/ }, toNumber: { after: '.value()' } }, SPRING_HTTP_STATUS),
  family({ id: 'jaxrs-status', label: 'JAX-RS Response.Status', languageIds: ['java', 'kotlin'], qualifiers: ['Response.Status', 'Status', 'Status.Companion'], preferredQualifier: 'Response.Status', separator: '.', typed: { takesEither: /\bResponse\s*\.\s*status\(\s*$/ }, toNumber: { after: '.getStatusCode()' } }, JAXRS_STATUS),
  family({ id: 'servlet-sc', label: 'Servlet HttpServletResponse', languageIds: ['java', 'kotlin', 'groovy', 'scala'], qualifiers: ['*'], preferredQualifier: 'HttpServletResponse', separator: '.', memberPrefix: 'SC_' }, SERVLET_SC),
  family({ id: 'jetty-httpstatus', label: 'Jetty HttpStatus', languageIds: ['java', 'kotlin', 'groovy', 'scala'], qualifiers: ['HttpStatus'], preferredQualifier: 'HttpStatus', separator: '.', codeInName: /^[A-Z][A-Z_]*_(\d{3})$/ }, JETTY_HTTPSTATUS),
  family({ id: 'jetty-httpstatus-code', label: 'Jetty HttpStatus.Code', languageIds: ['java', 'kotlin', 'groovy', 'scala'], qualifiers: ['HttpStatus.Code'], preferredQualifier: 'HttpStatus.Code', separator: '.', typed: {}, toNumber: { after: '.getCode()' } }, JETTY_HTTPSTATUS_CODE),
  family({ id: 'java-httpurlconnection', label: 'java.net.HttpURLConnection', languageIds: ['java', 'kotlin', 'groovy', 'scala'], qualifiers: ['HttpURLConnection', 'HttpsURLConnection'], preferredQualifier: 'HttpURLConnection', separator: '.', memberPrefix: 'HTTP_' }, JAVA_URLCONNECTION),
  family({ id: 'nanohttpd-status', label: 'NanoHTTPD Response.Status', languageIds: ['java', 'kotlin'], qualifiers: ['Response.Status', 'Status'], preferredQualifier: 'Response.Status', separator: '.', typed: {}, toNumber: { after: '.getRequestStatus()' } }, NANOHTTPD_STATUS),
  family({ id: 'okhttp-status-codes', label: 'OkHttp HttpStatusCodes / StatusLine', languageIds: ['kotlin', 'java'], qualifiers: ['StatusLine'], preferredQualifier: 'StatusLine', separator: '.', memberPrefix: 'HTTP_' }, OKHTTP_STATUS_CODES),
  family({ id: 'dotnet-httpstatuscode', label: '.NET System.Net.HttpStatusCode', languageIds: ['csharp', 'fsharp', 'vb'], qualifiers: ['HttpStatusCode'], preferredQualifier: 'HttpStatusCode', separator: '.', typed: {}, toNumber: { before: /\(\s*int\s*\)\s*$/ } }, DOTNET_HTTPSTATUSCODE),
  family({ id: 'aspnetcore-statuscodes', label: 'ASP.NET Core StatusCodes', languageIds: ['csharp', 'fsharp'], qualifiers: ['StatusCodes'], preferredQualifier: 'StatusCodes', separator: '.', codeInName: /^Status(\d{3})[A-Z][A-Za-z]*$/, memberPrefix: 'Status' }, ASPNET_STATUSCODES),
  family({ id: 'ktor-httpstatuscode', label: 'Ktor HttpStatusCode', languageIds: ['kotlin'], qualifiers: ['HttpStatusCode', 'HttpStatusCode.Companion'], preferredQualifier: 'HttpStatusCode', separator: '.', bareIn: ['kotlin'], bareAfter: { kotlin: JVM_BARE_STATUS_AFTER }, typed: {}, toNumber: { after: '.value' } }, KTOR_HTTPSTATUSCODE),
  family({ id: 'symfony-response', label: 'Symfony / Laravel Response', languageIds: ['php', 'blade'], qualifiers: ['Response', 'JsonResponse', 'RedirectResponse', 'BinaryFileResponse', 'StreamedResponse', 'SymfonyResponse', 'HttpResponse', 'IlluminateResponse', 'static', 'self', '*'], preferredQualifier: 'Response', separator: '::', memberPrefix: 'HTTP_' }, SYMFONY_RESPONSE),
  family({ id: 'rust-http', label: 'Rust http::StatusCode', languageIds: ['rust'], qualifiers: ['StatusCode'], preferredQualifier: 'StatusCode', separator: '::', typed: {}, toNumber: { after: '.as_u16()' } }, RUST_HTTP),
  family({ id: 'dropshot-error-status-code', label: 'Dropshot ErrorStatusCode', languageIds: ['rust'], qualifiers: ['ErrorStatusCode'], preferredQualifier: 'ErrorStatusCode', separator: '::', typed: {}, toNumber: { after: '.as_u16()' } }, DROPSHOT_ERROR_STATUS_CODE),
  family({ id: 'dropshot-client-error-status-code', label: 'Dropshot ClientErrorStatusCode', languageIds: ['rust'], qualifiers: ['ClientErrorStatusCode'], preferredQualifier: 'ClientErrorStatusCode', separator: '::', typed: {}, toNumber: { after: '.as_u16()' } }, DROPSHOT_CLIENT_ERROR_STATUS_CODE),
  family({ id: 'rust-rocket', label: 'Rocket Status', languageIds: ['rust'], qualifiers: ['Status'], preferredQualifier: 'Status', separator: '::', neverCalled: true, typed: {}, toNumber: { after: '.code' } }, RUST_ROCKET),
  family({ id: 'dart-httpstatus', label: 'Dart dart:io HttpStatus', languageIds: ['dart'], qualifiers: ['HttpStatus'], preferredQualifier: 'HttpStatus', separator: '.' }, DART_HTTPSTATUS),
  family({ id: 'swift-http-types', label: 'Swift HTTP Types HTTPResponse.Status', languageIds: ['swift'], qualifiers: ['HTTPResponse.Status'], preferredQualifier: 'HTTPResponse.Status', separator: '.', typed: {}, toNumber: { after: '.code' } }, SWIFT_HTTP_TYPES),
  family({ id: 'swift-nio-status', label: 'SwiftNIO / Vapor HTTPResponseStatus', languageIds: ['swift'], qualifiers: ['HTTPResponseStatus', 'HTTPStatus'], preferredQualifier: 'HTTPResponseStatus', separator: '.', typed: {}, toNumber: { after: '.code' } }, SWIFT_NIO_STATUS),
  family({ id: 'nextcloud-http', label: 'Nextcloud OCP\\AppFramework\\Http', languageIds: ['php'], qualifiers: ['Http'], preferredQualifier: 'Http', separator: '::', memberPrefix: 'STATUS_' }, NEXTCLOUD_HTTP),
  family({ id: 'simple-web-server-statuscode', label: 'Simple-Web-Server SimpleWeb::StatusCode', languageIds: ['cpp'], qualifiers: ['StatusCode'], preferredQualifier: 'SimpleWeb::StatusCode', separator: '::', neverCalled: true }, SIMPLE_WEB_STATUS_CODE),
  family({ id: 'oatpp-status', label: 'Oat++ Status', languageIds: ['cpp'], qualifiers: ['Status'], preferredQualifier: 'oatpp::web::protocol::http::Status', separator: '::', memberPrefix: 'CODE_' }, OATPP_STATUS),
  family({ id: 'nette-http', label: 'Nette Http IResponse', languageIds: ['php'], qualifiers: ['IResponse', 'Response'], preferredQualifier: 'IResponse', separator: '::', onlyIn: ['php'] }, NETTE_HTTP),
  family({ id: 'ninja-result', label: 'Ninja Result', languageIds: ['java', 'kotlin', 'groovy', 'scala'], qualifiers: ['Result'], preferredQualifier: 'ninja.Result', separator: '.', memberPrefix: 'SC_' }, NINJA_RESULT),
  family({ id: 'restlet-status', label: 'Restlet Status', languageIds: ['java', 'kotlin', 'groovy', 'scala'], qualifiers: ['Status'], preferredQualifier: 'org.restlet.data.Status', separator: '.' }, RESTLET_STATUS),
  family({ id: 'envoy-type-statuscode', label: 'Envoy type.v3 StatusCode (Go)', languageIds: ['go'], qualifiers: ['typev3', 'envoy_type_v3', 'envoy_type'], preferredQualifier: 'typev3', separator: '.', memberPrefix: 'StatusCode_' }, ENVOY_STATUS_CODE),
  family({ id: 'zig-std-http-status', label: 'Zig std.http.Status', languageIds: ['zig'], qualifiers: ['Status'], preferredQualifier: 'std.http.Status', separator: '.', onlyIn: ['zig'], typed: {} }, ZIG_STD_HTTP_STATUS),
  family({ id: 'scala-http4s', label: 'http4s Status', languageIds: ['scala'], qualifiers: ['Status'], preferredQualifier: 'Status', separator: '.', portable: { 422: 'UnprocessableEntity' }, typed: {}, toNumber: { after: '.code' } }, SCALA_HTTP4S),
  // Akka HTTP 10.4 renamed 413 and 422; the old names still compile there and in Pekko HTTP.
  family({ id: 'akka-http-statuscodes', label: 'Akka HTTP / Pekko HTTP StatusCodes', languageIds: ['scala', 'java'], qualifiers: ['StatusCodes'], preferredQualifier: 'StatusCodes', separator: '.', bareIn: ['scala'], bareAfter: SCALA_BARE_STATUS_AFTER, portable: { 413: 'PayloadTooLarge', 422: 'UnprocessableEntity' }, typed: {}, toNumber: { after: '.intValue' } }, AKKA_STATUSCODES),
  family({ id: 'deno-status', label: 'Deno std / oak Status', languageIds: JS, qualifiers: ['Status', 'STATUS_CODE'], preferredQualifier: 'Status', separator: '.' }, DENO_STATUS),
  family({ id: 'cpp-httplib', label: 'cpp-httplib StatusCode', languageIds: ['cpp', 'c'], qualifiers: ['StatusCode'], preferredQualifier: 'StatusCode', separator: '::', codeInName: /^[A-Za-z]+_(\d{3})$/ }, CPP_HTTPLIB),
  family({ id: 'google-http-client', label: 'Google HTTP Client HttpStatusCodes', languageIds: ['java', 'kotlin'], qualifiers: ['HttpStatusCodes'], preferredQualifier: 'HttpStatusCodes', separator: '.', memberPrefix: 'STATUS_CODE_' }, GOOGLE_HTTP_STATUSCODES),
  family({ id: 'openresty-ngx', label: 'OpenResty ngx', languageIds: ['lua'], qualifiers: ['ngx'], preferredQualifier: 'ngx', separator: '.', memberPrefix: 'HTTP_' }, OPENRESTY_NGX),
  family({ id: 'sttp-statuscode', label: 'sttp StatusCode', languageIds: ['scala'], qualifiers: ['StatusCode'], preferredQualifier: 'StatusCode', separator: '.', shared: GRPC_AND_OTEL, typed: {}, toNumber: { after: '.code' } }, STTP_STATUSCODE),
  family({ id: 'jooby-statuscode', label: 'Jooby StatusCode', languageIds: ['java', 'kotlin'], qualifiers: ['StatusCode'], preferredQualifier: 'StatusCode', separator: '.', shared: OTEL_AND_APP_CODES, typed: {}, toNumber: { after: '.value()' } }, JOOBY_STATUSCODE),
  family({ id: 'netty-httpresponsestatus', label: 'Netty HttpResponseStatus', languageIds: ['java', 'kotlin', 'scala'], qualifiers: ['HttpResponseStatus'], preferredQualifier: 'HttpResponseStatus', separator: '.', typed: {}, toNumber: { after: '.code()' } }, NETTY_HTTPRESPONSESTATUS),
  family({ id: 'crow-status', label: 'Crow crow::status', languageIds: ['cpp'], qualifiers: ['status'], preferredQualifier: 'crow::status', separator: '::', neverCalled: true }, CROW_STATUS),
  family({ id: 'beast-status', label: 'Boost.Beast http::status', languageIds: ['cpp'], qualifiers: ['status'], preferredQualifier: 'http::status', separator: '::', neverCalled: true, typed: {} }, BEAST_STATUS),
  family({ id: 'axios-httpstatuscode', label: 'axios HttpStatusCode', languageIds: JS, qualifiers: ['HttpStatusCode', 'HttpStatusCodes', ...JS_OWN_STATUS_ENUMS], preferredQualifier: 'HttpStatusCode', separator: '.' }, AXIOS_HTTPSTATUSCODE),
  family({ id: 'actix-error-helpers', label: 'actix-web error helpers', languageIds: ['rust'], qualifiers: ['error', 'actix_web::error', 'poem::error'], preferredQualifier: 'error', separator: '::', memberPrefix: 'Error', bareIn: ['rust'], onlyIn: ['rust'], typed: {} }, ACTIX_ERROR_HELPERS),
  family({ id: 'actix-httpresponse', label: 'actix-web HttpResponse builders', languageIds: ['rust'], qualifiers: ['HttpResponse'], preferredQualifier: 'HttpResponse', separator: '::', typed: {} }, ACTIX_HTTPRESPONSE),
  family({ id: 'psr-statuscodeinterface', label: 'PSR-7 StatusCodeInterface', languageIds: ['php'], qualifiers: ['StatusCodeInterface', 'StatusCode'], preferredQualifier: 'StatusCodeInterface', separator: '::', memberPrefix: 'STATUS_' }, PSR_STATUSCODEINTERFACE),
  family({ id: 'arduino-httpclient', label: 'Arduino HTTPClient (ESP8266 / ESP32) t_http_codes', languageIds: ['cpp', 'c'], qualifiers: ['t_http_codes'], preferredQualifier: 't_http_codes', separator: '::', memberPrefix: 'HTTP_CODE_' }, ARDUINO_HTTP_CODES),
  family({ id: 'drogon-httpstatuscode', label: 'Drogon HttpStatusCode', languageIds: ['cpp'], qualifiers: ['HttpStatusCode'], preferredQualifier: 'HttpStatusCode', separator: '::', codeInName: /^k(\d{3})[A-Z][A-Za-z]*$/, bareIn: ['cpp'], typed: {} }, DROGON_HTTPSTATUSCODE),
  family({ id: 'websocketpp-status-code', label: 'WebSocket++ status_code', languageIds: ['cpp'], qualifiers: ['status_code'], preferredQualifier: 'websocketpp::http::status_code', separator: '::', onlyIn: ['cpp'], neverCalled: true, typed: {} }, WEBSOCKETPP_STATUS_CODE),
  // (after `rust-http`, whose SCREAMING_CASE names are the default `StatusCode::` spelling in completions and refactors)
  family({ id: 'rust-http-types', label: 'http-types / tide StatusCode', languageIds: ['rust'], qualifiers: ['StatusCode'], preferredQualifier: 'StatusCode', separator: '::', typed: {} }, RUST_HTTP_TYPES),
  // (103, 425 and CONTENT_TOO_LARGE are newer Falcon names; for 413 the table's first name, written by refactors, works in every release)
  family({ id: 'falcon-status', label: 'Falcon status codes', languageIds: ['python'], qualifiers: ['falcon', 'status_codes'], preferredQualifier: 'falcon', separator: '.', memberPrefix: 'HTTP_' }, FALCON_STATUS),
  // (the qualifier is read whole, `HTTP::Status`: a bare `Status::NOT_FOUND` in C++ is a storage engine's)
  family({ id: 'crystal-http-status', label: 'Crystal HTTP::Status', languageIds: ['crystal'], qualifiers: ['HTTP.Status'], preferredQualifier: 'HTTP::Status', separator: '::', neverCalled: true, typed: {}, toNumber: { after: '.code' } }, CRYSTAL_HTTP_STATUS),
  family({ id: 'twisted-web-http', label: 'Twisted twisted.web.http', languageIds: ['python'], qualifiers: ['http'], preferredQualifier: 'http', separator: '.', onlyIn: ['python'], triggers: ['ttp.'] }, TWISTED_WEB_HTTP),
  family({ id: 'libsoup-status', label: 'libsoup SoupStatus', languageIds: ['c', 'cpp'], qualifiers: [], preferredQualifier: '', separator: '.', memberPrefix: 'SOUP_STATUS_' }, LIBSOUP_STATUS),
  family({ id: 'libmicrohttpd-status', label: 'GNU libmicrohttpd MHD_HTTP_*', languageIds: ['c', 'cpp'], qualifiers: [], preferredQualifier: '', separator: '.', memberPrefix: 'MHD_HTTP_' }, LIBMICROHTTPD_STATUS),
  family({ id: 'ruby-net-http', label: 'Ruby Net::HTTP response classes', languageIds: ['ruby'], qualifiers: ['Net'], preferredQualifier: 'Net', separator: '::', memberPrefix: 'HTTP', responseClasses: true, typed: {} }, RUBY_NET_HTTP),
  family({ id: 'rails-symbols', label: 'Rails / Rack status symbols', languageIds: ['ruby', 'erb', 'haml'], qualifiers: [], preferredQualifier: '', separator: ':' }, RACK_SYMBOLS),
  // (read bare, so in their own language only: a lower-case name needs no trigger in other languages' line filter)
  family({ id: 'haskell-http-types', label: 'Haskell http-types Status', languageIds: ['haskell'], qualifiers: ['Status'], preferredQualifier: 'Status', separator: '.', codeInName: /^[a-z][A-Za-z]*(\d{3})$/, bareIn: ['haskell'], onlyIn: ['haskell'], typed: {}, toNumber: { before: /\bstatusCode\s+$/ } }, HASKELL_HTTP_TYPES),
  family({ id: 'nim-httpcore', label: 'Nim std/httpcore HttpCode', languageIds: ['nim'], qualifiers: ['httpcore'], preferredQualifier: 'httpcore', separator: '.', codeInName: /^Http(\d{3})$/, bareIn: ['nim'], onlyIn: ['nim'], typed: {}, toNumber: { after: '.int' } }, NIM_HTTPCORE),
  // (read in F# only: their module names are common words elsewhere, `Successful.OK` in any language would be a guess)
  // (bare in Scala only where a controller returns a result, `=> Ok(...)`; see SCALA_BARE_STATUS_AFTER)
  family({ id: 'play-results', label: 'Play Framework Results (and the http4s dsl)', languageIds: ['scala'], qualifiers: ['Results'], preferredQualifier: 'Results', separator: '.', bareIn: ['scala'], bareAfter: SCALA_BARE_STATUS_AFTER, onlyIn: ['scala'], typed: {} }, PLAY_RESULTS),
  family({ id: 'giraffe-intermediate', label: 'Giraffe Intermediate handlers', languageIds: ['fsharp'], qualifiers: ['Intermediate'], preferredQualifier: 'Intermediate', separator: '.', onlyIn: ['fsharp'], typed: {} }, GIRAFFE_INTERMEDIATE),
  family({ id: 'giraffe-successful', label: 'Giraffe Successful handlers', languageIds: ['fsharp'], qualifiers: ['Successful'], preferredQualifier: 'Successful', separator: '.', onlyIn: ['fsharp'], typed: {} }, GIRAFFE_SUCCESSFUL),
  family({ id: 'giraffe-request-errors', label: 'Giraffe RequestErrors handlers', languageIds: ['fsharp'], qualifiers: ['RequestErrors'], preferredQualifier: 'RequestErrors', separator: '.', onlyIn: ['fsharp'], typed: {} }, GIRAFFE_REQUEST_ERRORS),
  family({ id: 'giraffe-server-errors', label: 'Giraffe ServerErrors handlers', languageIds: ['fsharp'], qualifiers: ['ServerErrors'], preferredQualifier: 'ServerErrors', separator: '.', onlyIn: ['fsharp'], typed: {} }, GIRAFFE_SERVER_ERRORS),
]);

/** The families a constant as written may belong to: those whose qualifier and member it spells, the file's own first. */
function familiesWriting(text: string, languageId: string): ConstantFamily[] {
  let qualifier: string | undefined;
  let member = text;
  let separator: string | undefined;
  if (text.startsWith(':')) {
    member = text.slice(1);
    separator = ':';
  } else {
    const colons = text.lastIndexOf('::');
    const dot = text.lastIndexOf('.');
    const at = Math.max(colons, dot);
    if (at >= 0) {
      separator = at === colons ? '::' : '.';
      qualifier = text.slice(0, at).replace(/^[$\\]|^::/, '');
      member = text.slice(at + separator.length);
    }
  }
  const matches = constantFamilies.filter((f) => {
    if (codeOfMember(f, member) === undefined) return false;
    if (separator === ':' || f.separator === ':') return separator === f.separator;
    if (qualifier === undefined) return (f.bareIn?.includes(languageId) ?? false) || f.languageIds.includes(languageId);
    if (f.separator !== separator) return false;
    return f.qualifiers.some((q) => q === '*' || qualifier === q || qualifier.endsWith('.' + q) || qualifier.endsWith('::' + q) || qualifier.endsWith('\\' + q));
  });
  const own = matches.filter((f) => f.languageIds.includes(languageId));
  return own.length ? own : matches;
}

/**
 * The span to replace with its number for the constant at [start, end) of `line`, or undefined where the number would
 * not do. A member that is a plain integer is its number; a typed one (`typed`) is replaced together with its
 * conversion (`HttpStatus.NOT_FOUND.value()`, `(int)HttpStatusCode.NotFound`), or alone where the argument takes a
 * number too (`ResponseEntity.status(HttpStatus.NOT_FOUND)`), and not at all elsewhere (`StatusCode::NOT_FOUND`
 * compared with a Rust `StatusCode`). Ruby's `Net::HTTPNotFound` names a response class (see `responseClasses`),
 * which code tests a response's type against; a project's own enum (`HttpCodes.NOT_FOUND`, or a member no library
 * spells) holds whatever value the project gave it.
 */
export function numberSwapSpan(line: string, start: number, end: number, languageId: string): { start: number; end: number } | undefined {
  const text = line.slice(start, end);
  if (JS_OWN_STATUS_ENUMS.some((q) => text.startsWith(q + '.'))) return undefined;
  const families = familiesWriting(text, languageId);
  if (families.length === 0) return undefined;
  for (const f of families) {
    const after = f.toNumber?.after;
    if (after !== undefined && line.startsWith(after, end) && !isIdentChar(line.charCodeAt(end + after.length))) return { start, end: end + after.length };
    const before = f.toNumber?.before?.exec(line.slice(Math.max(0, start - 24), start));
    if (before) return { start: start - before[0].length, end };
  }
  if (families.every((f) => f.typed === undefined)) return { start, end };
  const left = line.slice(Math.max(0, start - 60), start);
  return families.some((f) => f.typed?.takesEither?.test(left) === true) ? { start, end } : undefined;
}

/**
 * How to write `member` of a typed family (see `typed`) in place of a number, with `left` the text before the number:
 * as it is where the argument takes either, with its conversion elsewhere; undefined when the family has none.
 * A family of plain integers writes the member as it is.
 */
export function memberForNumber(family: ConstantFamily, constant: string, left: string): string | undefined {
  if (!family.typed || family.typed.takesEither?.test(left) === true) return constant;
  return family.toNumber?.after !== undefined ? constant + family.toNumber.after : undefined;
}

/** The family with this id. */
export function getConstantFamily(id: string): ConstantFamily | undefined {
  return constantFamilies.find((f) => f.id === id);
}

/**
 * The member to write for `code`, e.g. 'PRECONDITION_FAILED': the family's portable spelling if it has
 * one, else the first spelling that is not deprecated. Undefined when the library has no current name
 * for the code (a deprecated name may mean something else today, like Spring's 421 DESTINATION_LOCKED):
 * the caller then writes the number.
 */
export function constantName(family: ConstantFamily, code: number): string | undefined {
  const portable = family.portable?.[code];
  if (portable !== undefined) return portable;
  const status = getStatus(code);
  for (const [name, c] of family.names) {
    if (c !== code || family.deprecated.has(name)) continue;
    // An unofficial code can mean different things to different vendors (ASP.NET's 419 is an
    // authentication timeout, Laravel's a page expiry): write the constant only when it names ours.
    if (status && !status.official && !namesMatch(name, status)) return undefined;
    return name;
  }
  return undefined;
}

function letters(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

/** Whether a member (`Status499ClientClosedRequest`, `bandwidth_limit_exceeded`) spells the status's name or an alias. */
function namesMatch(member: string, status: HttpStatus): boolean {
  const m = letters(member.replace(/^(?:HTTP_|StatusCode_|Status|SC_)/, ''));
  return [status.name, ...status.aliases].some((n) => letters(n) === m);
}

/** The constant as written in code, e.g. 'HTTPStatus.PRECONDITION_FAILED', 'Response::HTTP_OK', ':not_found'. */
export function constantText(family: ConstantFamily, code: number): string | undefined {
  const name = constantName(family, code);
  if (name === undefined) return undefined;
  if (family.separator === ':') return ':' + name;
  // (a family written bare, libsoup's `SOUP_STATUS_NOT_FOUND`, libmicrohttpd's `MHD_HTTP_NOT_FOUND`)
  if (family.qualifiers.length === 0) return name;
  return family.preferredQualifier + family.separator + name;
}

/** Families that are idiomatic in a VS Code language (for completion / refactors). */
export function constantFamiliesFor(languageId: string): readonly ConstantFamily[] {
  return constantFamilies.filter((f) => f.languageIds.includes(languageId));
}

/** The code a member means in a family, or undefined. */
export function codeOfMember(family: ConstantFamily, member: string): number | undefined {
  const direct = family.names.get(member);
  if (direct !== undefined) return direct;
  if (family.codeInName) {
    const m = family.codeInName.exec(member);
    if (m && m[1]) return Number(m[1]);
  }
  return undefined;
}
