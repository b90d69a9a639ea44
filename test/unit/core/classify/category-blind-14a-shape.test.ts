import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_14A } from '../../../vectors/classify/category-blind-14a.js';
describeCorpusShape('category-blind-14a', CATEGORY_BLIND_14A, { documents: 280, positives: 10, unlabelled: 0.35 });
