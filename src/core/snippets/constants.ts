// Status-code constant names for the snippet renderers. The spellings live in one place, the
// constant tables of src/core/detect/constants.ts (checked against each library's source); this
// module only names the family each renderer writes. `undefined` means the library has no current
// constant for the code: the renderers then write the number.
import { constantName, getConstantFamily } from '../detect/constants';

function namer(familyId: string): (code: number) => string | undefined {
  const family = getConstantFamily(familyId);
  if (!family) throw new Error(`unknown constant family ${familyId}`);
  return (code) => constantName(family, code);
}

/** `HTTPStatus.X` member name (Python stdlib, used by Django snippets). */
export const pythonHttpStatusName = namer('python-httpstatus');
/** `status.HTTP_412_PRECONDITION_FAILED` attribute name (Starlette / FastAPI). */
export const starletteStatusName = namer('python-status-module');
/** `http.StatusX` (Go). */
export const goStatusName = namer('go-net-http');
/** `HttpStatus.X` (Spring). */
export const springHttpStatusName = namer('spring-httpstatus');
/** `HttpStatus.X` (NestJS). */
export const nestHttpStatusName = namer('nestjs-httpstatus');
/** `Response::HTTP_X` (Symfony). */
export const symfonyConstantName = namer('symfony-response');
/** `StatusCodes.StatusNnnX` (ASP.NET Core). */
export const aspNetStatusCodesName = namer('aspnetcore-statuscodes');
/** Rails/Rack status symbol without the colon, e.g. `precondition_failed`. */
export const rackStatusSymbol = namer('rails-symbols');
