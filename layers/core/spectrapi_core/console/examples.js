// Example instructions offered in the playground, one per domain the builtin engine has data tables for.

export const EXAMPLE_INSTRUCTIONS = [
  "Generate vehicle listings for Toyota cars from 2020 or newer with price and mileage",
  "Generate luxury vehicle listings with BMW and Mercedes models, include dealer info with name, city, and state",
  "Generate real estate listings in Austin, TX with 3-4 bedrooms between $400k and $600k",
  "Generate credit card transactions from the last 90 days with merchant and amount",
  "Generate job postings for senior engineers with title, company name, salary range as min/max integers",
  "Generate customer profiles with name, email, phone and address",
];
