import { describeAccessibility } from './support/accessibility.js';

// Split from the public and resident pages so the two halves run side by side.
describeAccessibility(['socialWorker', 'provider', 'admin']);
