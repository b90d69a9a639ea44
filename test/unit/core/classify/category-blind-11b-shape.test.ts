import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_11B } from '../../../vectors/classify/category-blind-11b.js';
describeCorpusShape('category-blind-11b', CATEGORY_BLIND_11B, { documents: 200, positives: 6, unlabelled: 0.35 });
