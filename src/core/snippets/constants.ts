// Status-code constant names per ecosystem, spelled exactly as each library spells them.
// Checked against the library sources:
//   Python http.HTTPStatus (names present in 3.9–3.13; 3.13 added CONTENT_TOO_LARGE etc. as aliases,
//     the older names below still work everywhere), starlette/status.py (FastAPI re-exports it),
//   Go net/http status.go, Spring org.springframework.http.HttpStatus (5.x/6.x names),
//   Symfony HttpFoundation Response::HTTP_*, Rack 3.1 Rack::Utils::SYMBOL_TO_STATUS_CODE (Rails),
//   Microsoft.AspNetCore.Http.StatusCodes, NestJS @nestjs/common HttpStatus.
// Where a library has no constant for a code, the lookup returns undefined and the renderers
// fall back to the number.
// Pure data: no Node or vscode APIs.

/** Python `http.HTTPStatus` member names. */
const PYTHON: Readonly<Record<number, string>> = {
  100: 'CONTINUE', 101: 'SWITCHING_PROTOCOLS', 102: 'PROCESSING', 103: 'EARLY_HINTS',
  200: 'OK', 201: 'CREATED', 202: 'ACCEPTED', 203: 'NON_AUTHORITATIVE_INFORMATION', 204: 'NO_CONTENT',
  205: 'RESET_CONTENT', 206: 'PARTIAL_CONTENT', 207: 'MULTI_STATUS', 208: 'ALREADY_REPORTED', 226: 'IM_USED',
  300: 'MULTIPLE_CHOICES', 301: 'MOVED_PERMANENTLY', 302: 'FOUND', 303: 'SEE_OTHER', 304: 'NOT_MODIFIED',
  305: 'USE_PROXY', 307: 'TEMPORARY_REDIRECT', 308: 'PERMANENT_REDIRECT',
  400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 402: 'PAYMENT_REQUIRED', 403: 'FORBIDDEN', 404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED', 406: 'NOT_ACCEPTABLE', 407: 'PROXY_AUTHENTICATION_REQUIRED', 408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT', 410: 'GONE', 411: 'LENGTH_REQUIRED', 412: 'PRECONDITION_FAILED', 413: 'REQUEST_ENTITY_TOO_LARGE',
  414: 'REQUEST_URI_TOO_LONG', 415: 'UNSUPPORTED_MEDIA_TYPE', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE',
  417: 'EXPECTATION_FAILED', 418: 'IM_A_TEAPOT', 421: 'MISDIRECTED_REQUEST', 422: 'UNPROCESSABLE_ENTITY',
  423: 'LOCKED', 424: 'FAILED_DEPENDENCY', 425: 'TOO_EARLY', 426: 'UPGRADE_REQUIRED', 428: 'PRECONDITION_REQUIRED',
  429: 'TOO_MANY_REQUESTS', 431: 'REQUEST_HEADER_FIELDS_TOO_LARGE', 451: 'UNAVAILABLE_FOR_LEGAL_REASONS',
  500: 'INTERNAL_SERVER_ERROR', 501: 'NOT_IMPLEMENTED', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT', 505: 'HTTP_VERSION_NOT_SUPPORTED', 506: 'VARIANT_ALSO_NEGOTIATES',
  507: 'INSUFFICIENT_STORAGE', 508: 'LOOP_DETECTED', 510: 'NOT_EXTENDED', 511: 'NETWORK_AUTHENTICATION_REQUIRED',
};

/** starlette.status / fastapi.status: `HTTP_<code>_<NAME>` (the long-standing spellings, present in every release). */
const STARLETTE_SUFFIX: Readonly<Record<number, string>> = {
  ...PYTHON,
  413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE',
  422: 'UNPROCESSABLE_ENTITY',
};

/** Go net/http `Status*` constants. */
const GO: Readonly<Record<number, string>> = {
  100: 'StatusContinue', 101: 'StatusSwitchingProtocols', 102: 'StatusProcessing', 103: 'StatusEarlyHints',
  200: 'StatusOK', 201: 'StatusCreated', 202: 'StatusAccepted', 203: 'StatusNonAuthoritativeInfo',
  204: 'StatusNoContent', 205: 'StatusResetContent', 206: 'StatusPartialContent', 207: 'StatusMultiStatus',
  208: 'StatusAlreadyReported', 226: 'StatusIMUsed', 300: 'StatusMultipleChoices', 301: 'StatusMovedPermanently',
  302: 'StatusFound', 303: 'StatusSeeOther', 304: 'StatusNotModified', 305: 'StatusUseProxy',
  307: 'StatusTemporaryRedirect', 308: 'StatusPermanentRedirect', 400: 'StatusBadRequest',
  401: 'StatusUnauthorized', 402: 'StatusPaymentRequired', 403: 'StatusForbidden', 404: 'StatusNotFound',
  405: 'StatusMethodNotAllowed', 406: 'StatusNotAcceptable', 407: 'StatusProxyAuthRequired',
  408: 'StatusRequestTimeout', 409: 'StatusConflict', 410: 'StatusGone', 411: 'StatusLengthRequired',
  412: 'StatusPreconditionFailed', 413: 'StatusRequestEntityTooLarge', 414: 'StatusRequestURITooLong',
  415: 'StatusUnsupportedMediaType', 416: 'StatusRequestedRangeNotSatisfiable', 417: 'StatusExpectationFailed',
  418: 'StatusTeapot', 421: 'StatusMisdirectedRequest', 422: 'StatusUnprocessableEntity', 423: 'StatusLocked',
  424: 'StatusFailedDependency', 425: 'StatusTooEarly', 426: 'StatusUpgradeRequired',
  428: 'StatusPreconditionRequired', 429: 'StatusTooManyRequests', 431: 'StatusRequestHeaderFieldsTooLarge',
  451: 'StatusUnavailableForLegalReasons', 500: 'StatusInternalServerError', 501: 'StatusNotImplemented',
  502: 'StatusBadGateway', 503: 'StatusServiceUnavailable', 504: 'StatusGatewayTimeout',
  505: 'StatusHTTPVersionNotSupported', 506: 'StatusVariantAlsoNegotiates', 507: 'StatusInsufficientStorage',
  508: 'StatusLoopDetected', 510: 'StatusNotExtended', 511: 'StatusNetworkAuthenticationRequired',
};

/** Spring `HttpStatus` enum constants (no 421 constant: use the number). */
const SPRING: Readonly<Record<number, string>> = (() => {
  const out: Record<number, string> = { ...PYTHON };
  out[413] = 'PAYLOAD_TOO_LARGE';
  out[414] = 'URI_TOO_LONG';
  out[418] = 'I_AM_A_TEAPOT';
  delete out[421];
  delete out[103]; // 5.x/6.0 name it CHECKPOINT; 1xx are not offered for Spring anyway
  return out;
})();

/** NestJS `HttpStatus` enum (no 305 and no 507 members: use the number). */
const NEST: Readonly<Record<number, string>> = (() => {
  const out: Record<number, string> = { ...PYTHON };
  out[413] = 'PAYLOAD_TOO_LARGE';
  out[414] = 'URI_TOO_LONG';
  out[418] = 'I_AM_A_TEAPOT';
  out[421] = 'MISDIRECTED';
  delete out[305];
  delete out[507];
  return out;
})();

/** Symfony `Response::HTTP_*` constants. */
const SYMFONY: Readonly<Record<number, string>> = (() => {
  const out: Record<number, string> = {};
  for (const [code, name] of Object.entries(PYTHON)) out[Number(code)] = `HTTP_${name}`;
  out[308] = 'HTTP_PERMANENTLY_REDIRECT';
  out[418] = 'HTTP_I_AM_A_TEAPOT';
  out[505] = 'HTTP_VERSION_NOT_SUPPORTED';
  out[506] = 'HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL';
  return out;
})();

/** Rack 3.1 reason phrases; Rails status symbols are derived from them the way Rack does. 418 and 510 have none. */
const RACK_PHRASES: Readonly<Record<number, string>> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
  202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
  206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
  402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  421: 'Misdirected Request', 422: 'Unprocessable Content', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 511: 'Network Authentication Required',
};

/** ASP.NET Core `StatusCodes.Status*` (no 103 or 425 constant in the versions we target: use the number). */
const ASPNET: Readonly<Record<number, string>> = {
  100: 'Status100Continue', 101: 'Status101SwitchingProtocols', 102: 'Status102Processing',
  200: 'Status200OK', 201: 'Status201Created', 202: 'Status202Accepted', 203: 'Status203NonAuthoritative',
  204: 'Status204NoContent', 205: 'Status205ResetContent', 206: 'Status206PartialContent',
  207: 'Status207MultiStatus', 208: 'Status208AlreadyReported', 226: 'Status226IMUsed',
  300: 'Status300MultipleChoices', 301: 'Status301MovedPermanently', 302: 'Status302Found',
  303: 'Status303SeeOther', 304: 'Status304NotModified', 305: 'Status305UseProxy',
  307: 'Status307TemporaryRedirect', 308: 'Status308PermanentRedirect', 400: 'Status400BadRequest',
  401: 'Status401Unauthorized', 402: 'Status402PaymentRequired', 403: 'Status403Forbidden',
  404: 'Status404NotFound', 405: 'Status405MethodNotAllowed', 406: 'Status406NotAcceptable',
  407: 'Status407ProxyAuthenticationRequired', 408: 'Status408RequestTimeout', 409: 'Status409Conflict',
  410: 'Status410Gone', 411: 'Status411LengthRequired', 412: 'Status412PreconditionFailed',
  413: 'Status413PayloadTooLarge', 414: 'Status414UriTooLong', 415: 'Status415UnsupportedMediaType',
  416: 'Status416RangeNotSatisfiable', 417: 'Status417ExpectationFailed', 418: 'Status418ImATeapot',
  421: 'Status421MisdirectedRequest', 422: 'Status422UnprocessableEntity', 423: 'Status423Locked',
  424: 'Status424FailedDependency', 426: 'Status426UpgradeRequired', 428: 'Status428PreconditionRequired',
  429: 'Status429TooManyRequests', 431: 'Status431RequestHeaderFieldsTooLarge',
  451: 'Status451UnavailableForLegalReasons', 500: 'Status500InternalServerError',
  501: 'Status501NotImplemented', 502: 'Status502BadGateway', 503: 'Status503ServiceUnavailable',
  504: 'Status504GatewayTimeout', 505: 'Status505HttpVersionNotsupported', 506: 'Status506VariantAlsoNegotiates',
  507: 'Status507InsufficientStorage', 508: 'Status508LoopDetected', 510: 'Status510NotExtended',
  511: 'Status511NetworkAuthenticationRequired',
};

function lookup(table: Readonly<Record<number, string>>, code: number): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}

/** `HTTPStatus.X` member name (Python stdlib, used by Django snippets). */
export const pythonHttpStatusName = (code: number): string | undefined => lookup(PYTHON, code);
/** `status.HTTP_412_PRECONDITION_FAILED` attribute name (starlette / FastAPI). */
export const starletteStatusName = (code: number): string | undefined => {
  const s = lookup(STARLETTE_SUFFIX, code);
  return s === undefined ? undefined : `HTTP_${code}_${s}`;
};
/** `http.StatusX` (Go). */
export const goStatusName = (code: number): string | undefined => lookup(GO, code);
/** `HttpStatus.X` (Spring). */
export const springHttpStatusName = (code: number): string | undefined => lookup(SPRING, code);
/** `HttpStatus.X` (NestJS). */
export const nestHttpStatusName = (code: number): string | undefined => lookup(NEST, code);
/** `Response::HTTP_X` (Symfony). */
export const symfonyConstantName = (code: number): string | undefined => lookup(SYMFONY, code);
/** `StatusCodes.StatusNnnX` (ASP.NET Core). */
export const aspNetStatusCodesName = (code: number): string | undefined => lookup(ASPNET, code);
/** Rails/Rack status symbol without the colon, e.g. `precondition_failed`. */
export const rackStatusSymbol = (code: number): string | undefined => {
  const phrase = lookup(RACK_PHRASES, code);
  return phrase === undefined ? undefined : phrase.toLowerCase().replace(/\s|-/g, '_');
};
