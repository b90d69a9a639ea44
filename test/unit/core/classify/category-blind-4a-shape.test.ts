import { describeCorpusShape } from '../../../helpers/corpus-shape.js';
import { CATEGORY_BLIND_4A } from '../../../vectors/classify/category-blind-4a.js';

describeCorpusShape('category-blind-4a', CATEGORY_BLIND_4A, { documents: 190, positives: 8, unlabelled: 0.4 });
