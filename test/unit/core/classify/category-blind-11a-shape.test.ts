import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_11A } from '../../../vectors/classify/category-blind-11a.js';
describeCorpusShape('category-blind-11a', CATEGORY_BLIND_11A, { documents: 280, positives: 10, unlabelled: 0.35 });
