export const JOURNEYS = [];
export async function runJourney() {}
