#ifndef MAINWINDOW_H
#define MAINWINDOW_H

#endif // MAINWINDOW_H
