import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_9A } from '../../../vectors/classify/category-blind-9a.js';
describeCorpusShape('category-blind-9a', CATEGORY_BLIND_9A, { documents: 280, positives: 10, unlabelled: 0.35 });
