/**
 * Erlang C straight from the textbook, with powers and factorials (fine for small traffic), to
 * check the service's figures against numbers computed another way:
 * C = (Aⁿ/n! · n/(n−A)) / (Σ_{k<n} Aᵏ/k! + Aⁿ/n! · n/(n−A)); SL = 1 − C·e^(−(n−A)·T/AHT); ASA = C·AHT/(n−A).
 */
export function referenceFigures(traffic: number, agents: number, targetSeconds: number, handleSeconds: number) {
  let factorial = 1;
  let sum = 0;
  for (let k = 0; k < agents; k += 1) {
    if (k > 0) factorial *= k;
    sum += traffic ** k / factorial;
  }
  const top = (traffic ** agents / (factorial * agents)) * (agents / (agents - traffic));
  const waitProbability = top / (sum + top);
  return {
    serviceLevel: 1 - waitProbability * Math.exp((-(agents - traffic) * targetSeconds) / handleSeconds),
    averageSpeedOfAnswer: (waitProbability * handleSeconds) / (agents - traffic),
    occupancy: traffic / agents,
  };
}
