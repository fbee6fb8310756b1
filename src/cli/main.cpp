// Entry point; the commands live in src/cli/.
int main() { return 0; }
