/** Queue: jobs, the runner, the Contact Buyer form's work and report. */
import * as v from 'valibot';
import type { FormReportOutput, FormWork, JobView, QueueListOutput } from '../domain/queue-view';
import {
  EnqueueInputSchema,
  FileDataInputSchema,
  FormReadyInputSchema,
  FormReportInputSchema,
  QuarantineDismissInputSchema,
  QueueActionInputSchema,
  QueuePauseInputSchema,
} from './queue-schemas';
import { spec } from './spec';

export const queueMessages = {
  /** Extension pages (the composer's Send): add a job; refused when it duplicates one sent or on its way. */
  'queue/enqueue': spec<{ jobId: string }>()(['extension'], EnqueueInputSchema),
  /** Extension pages: every job (no text), quarantined records, pause and cap. */
  'queue/list': spec<QueueListOutput>()(['extension'], v.strictObject({})),
  /** Extension pages: the seller's retry / cancel / confirm sent / re-queue. */
  'queue/action': spec<{ job: JobView }>()(['extension'], QueueActionInputSchema),
  /** Extension pages: pause or resume the runner (stops at once). */
  'queue/pause': spec<{ paused: boolean }>()(['extension'], QueuePauseInputSchema),
  /** Extension pages: forget a quarantined record. */
  'queue/dismissQuarantined': spec<{ dismissed: boolean }>()(['extension'], QuarantineDismissInputSchema),
  /** Content (the Parley tab only): the work for the order this Contact Buyer page shows, or null. */
  'queue/formReady': spec<{ work: FormWork }>()(['content'], FormReadyInputSchema),
  /** Content (the Parley tab only): what the form did; the answer says whether to press Send. */
  'queue/formReport': spec<FormReportOutput>()(['content'], FormReportInputSchema),
  /** Content (the Parley tab only, while its job is being filled): one attached file's bytes, base64. */
  'queue/fileData': spec<{ name: string; type: string; data: string }>()(['content'], FileDataInputSchema),
};
