// Every test runs in UTC; zones under test are named explicitly.
process.env.TZ = 'UTC';
