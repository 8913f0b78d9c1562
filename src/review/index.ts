export { exportReview, applyReview, ReviewError, REVIEW_COLUMNS, type ReviewResult } from './review.js';
export { themeCatalogue, themeResolver, type ThemeCatalogue, type ThemeLookup } from './themes.js';
export { agreement, type Agreement, type CategoryAgreement } from './kappa.js';
export {
  reviewAgreement, formatReviewAgreement, fmtKappa, NO_THEME_LABEL,
  type ReviewAgreement, type Disagreement, type KindBreakdown, type Relabel,
} from './agreement.js';
