/**
 * The fixed sentences the server answers in `{"error": …}` and in a rejected report's reason.
 * The extension shows them to its users in brackets after a sentence in their own language
 * (utils/sync/reason-text.ts), and an operator reads them with curl or in the logs, so each is
 * "English / 中文": English first, so scripts that matched the earlier English-only text by its
 * start keep working; clients act on the HTTP status and the JSON fields, never on the words
 * (sync-protocol.md, "Errors the endpoint sends").
 */
const both = (english: string, chinese: string): string => `${english} / ${chinese}`;

export const ERROR_TEXT = {
  missingToken: both('missing access token (Authorization: Bearer <token>)', '缺少访问令牌'),
  tokenRefused: both('access token refused', '访问令牌被拒绝'),
  reportTokenCannotRead: both('this access token may send reports but not read them', '此访问令牌只能提交举报，不能读取举报'),
  readTokenCannotReport: both('this access token may read reports but not send them', '此访问令牌只能读取举报，不能提交举报'),
  tooManyRequests: both('too many requests', '请求过于频繁'),
  shuttingDown: both('server is shutting down', '服务器正在关闭'),
  internal: both('internal server error', '服务器内部错误'),
  storageFull: both('storage is full or cannot be written, try again later', '存储空间已满或无法写入，请稍后重试'),
  storageBusy: both('storage is busy, try again soon', '存储繁忙，请稍后重试'),
  notJson: both('Content-Type must be application/json', 'Content-Type 须为 application/json'),
  hostRefused: (host: string) =>
    both(`host name ${host} is not served here (set PUBLIC_HOST)`, `此服务器不接受主机名 ${host}（请设置 PUBLIC_HOST）`),
  notFound: (path: string) => both(`no such path: ${path}`, `路径不存在：${path}`),
  methodNotAllowed: (method: string) => both(`method ${method} not allowed`, `不允许 ${method} 方法`),
  bodyTooLarge: (maxBytes: number) => both(`request body larger than ${maxBytes} bytes`, `请求体超过 ${maxBytes} 字节`),
  bodyNotUtf8: both('request body is not UTF-8', '请求体不是 UTF-8 编码'),
  bodyNotJson: both('request body is not JSON', '请求体不是 JSON'),
  /** `issues` are zod's own words (English), after both sentences. */
  notAnEnvelope: (maxBatch: number, issues: string) =>
    `${both(`request body must be {"reports": [...]} with 1 to ${maxBatch} reports`, `请求体须为 {"reports": [...]}，含 1 至 ${maxBatch} 份举报`)}: ${issues}`,
  badSince: both('since must be a cursor (digits) or an RFC 3339 time', 'since 须为游标（数字）或 RFC 3339 时间'),
  badLimit: (max: number) => both(`limit must be an integer from 1 to ${max}`, `limit 须为 1 至 ${max} 的整数`),
  /** Closes a reason's list of zod issues when there are more than it shows. */
  moreIssues: (count: number) => both(`and ${count} more`, `另有 ${count} 项`),
};
