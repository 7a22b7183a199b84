// Reads jest's --json results; prints the plain closing line and fails when no MariaDB suite ran.
const fs = require('node:fs');

const results = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const all = results.testResults.flatMap((file) => file.assertionResults);
const mysql = all.filter((t) => t.ancestorTitles.some((title) => title.includes('[mysql]')) && t.status === 'passed');
console.log(`MariaDB tests passed: ${mysql.length}`);
console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`);
if (results.numTotalTests === 0) {
  console.error('No test ran.');
  process.exit(1);
}
if (mysql.length === 0) {
  console.error('The database suites did not run on MariaDB.');
  process.exit(1);
}
