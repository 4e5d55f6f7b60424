/// <reference lib="webworker" />
import { serveComputeRequests } from './serveComputeRequests';

declare const self: DedicatedWorkerGlobalScope;

serveComputeRequests(self);
