import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_10A } from '../../../vectors/classify/category-blind-10a.js';
describeCorpusShape('category-blind-10a', CATEGORY_BLIND_10A, { documents: 280, positives: 10, unlabelled: 0.35 });
