"""AWS deployment of SpectrAPI as a CDK app: one stack built from small constructs."""
