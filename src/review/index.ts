export { exportReview, applyReview, ReviewError, REVIEW_COLUMNS, type ReviewResult } from './review.js';
export { agreement, type Agreement, type CategoryAgreement } from './kappa.js';
