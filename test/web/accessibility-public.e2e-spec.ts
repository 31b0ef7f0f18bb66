import { describeAccessibility } from './support/accessibility.js';

// Split from the work roles' pages so the two halves run side by side.
describeAccessibility(['anonymous', 'resident'], { plantedViolation: true });
