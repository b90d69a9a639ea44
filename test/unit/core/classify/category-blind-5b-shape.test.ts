import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_5B } from '../../../vectors/classify/category-blind-5b.js';

describeCorpusShape('category-blind-5b', CATEGORY_BLIND_5B, { documents: 160, positives: 6, unlabelled: 0.35 });
