// Type-checked, never run: the documented examples must compile against the published declarations.

import { type GenerateResponse, InvalidInstructionError, RateLimitError, SpectrAPI } from "spectrapi";

interface Vehicle {
  id: string;
  make: string;
  price: number;
}

export async function documentedExample(): Promise<number> {
  const spectr = new SpectrAPI("sk_live_your_api_key");
  const data = await spectr.generate({
    instruction: "Generate Tesla vehicle listings",
    count: 10,
  });
  return data.meta.count;
}

export async function optionsObjectExample(): Promise<string | null> {
  const spectr = new SpectrAPI({ apiKey: "sk_test_...", baseURL: "http://127.0.0.1:8000/api/v1", maxRetries: 0, timeout: 5_000, fetch });
  const typed: GenerateResponse<Vehicle> = await spectr.generate<Vehicle>({ instruction: "Generate Tesla listings", seed: 1 });
  const firstPrice: number | undefined = typed.data[0]?.price;
  void firstPrice;
  return typed.requestId;
}

export async function errorHandlingExample(spectr: SpectrAPI): Promise<void> {
  try {
    const category = await spectr.categories.create({ name: "Jobs", schema: { type: "object" } });
    await spectr.categories.update(category.id, { schema: { type: "object" } });
    const usage = await spectr.usage();
    const remaining: number | null = usage.month.remaining;
    void remaining;
  } catch (error) {
    if (error instanceof RateLimitError) {
      const wait: number | null = error.retryAfter;
      void wait;
    } else if (error instanceof InvalidInstructionError) {
      const code: string | null = error.code;
      void code;
    }
  }
}

// @ts-expect-error count must be a number.
void new SpectrAPI("k").generate({ instruction: "x", count: "10" });
