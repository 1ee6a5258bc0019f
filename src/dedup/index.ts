/** Dedup stage: near-duplicate articles (articles/); events clustered from mentions sit beside it. */
export * from './articles/index.js';
