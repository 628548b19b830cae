import { dispatch } from '../../electron/api/dispatch.js';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/contract.js';
import type { HandlerContext } from '../../electron/api/define.js';
import { AppError } from '../../electron/model/errors.js';

/** Calls the API exactly as a door does (validation included) and throws the AppError it returns. */
export async function call<M extends MethodName>(ctx: HandlerContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const reply = await dispatch(method, input, ctx);
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error.details);
  return reply.result as MethodOutput<M>;
}
