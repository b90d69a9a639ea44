import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_8A } from '../../../vectors/classify/category-blind-8a.js';

describeCorpusShape('category-blind-8a', CATEGORY_BLIND_8A, { documents: 280, positives: 10, unlabelled: 0.35 });
