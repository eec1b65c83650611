/**
 * A labour line's amount as the server computes it: minutes × đồng per hour / 60, rounded half
 * away from zero (both are positive, so half up).
 */
export function labourAmount(minutes: number, hourlyRate: number): number {
  return Math.floor((minutes * hourlyRate + 30) / 60);
}

/** Hours typed with up to two decimals (1,5 h) as whole minutes. */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 60);
}
