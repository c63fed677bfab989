#pragma once
// What a program writes about itself for its package: its manual page (man(7)) and its shell
// completion (bash, zsh), walked from the CommandTree that parses its command line, so that neither
// can drift from --help. The build runs them:
//   PROGRAM --manual [cli.md]    the page; its examples are the program's lines in cli.md's sh blocks
//   PROGRAM --completion bash|zsh
#include <string>

#include "app/command/Command.h"

namespace led::cli {

bool isGeneratedText(const std::string& arg);
// Prints what argv asks for; a program that forwards commands (led) lets the helper that holds them
// all (led-learn) answer.
int printGeneratedText(const Program& program, int argc, char** argv);

std::string manualPage(const Program& program, const std::string& examplesMarkdown);
std::string bashCompletion(const Program& program);
std::string zshCompletion(const Program& program);

}  // namespace led::cli
