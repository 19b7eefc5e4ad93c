// Placeholder until the desktop shell lands (issue: The desktop app).
export {};
