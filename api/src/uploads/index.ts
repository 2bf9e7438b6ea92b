export { registerUploadRoute, UPLOADS_PATH, MULTIPART_OVERHEAD_BYTES } from './upload.route.ts';
export {
  readUpload,
  storeUpload,
  UploadRefusedError,
  type UploadRecord,
} from './upload.service.ts';
export { runReaderJob, ReaderStoppedError, READER_LIMITS } from './reader.pool.ts';
export type { DraftPerson, Heading, ReaderReply } from './reader.protocol.ts';
