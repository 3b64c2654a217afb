extension DefaultRulePack {
    /// Common given names in Belgian, Dutch and international news (Dutch, Flemish, French, English,
    /// German, Turkish, Moroccan, Albanian, Slavic, Spanish, Italian), so that a full name is found
    /// without a role word before it ("Hakan Ayik", "Annelies Verlinden"). Names that are also common
    /// capitalised words (May, Will, Hope, Grace, Guy in English headlines) are left out.
    static let givenNames = #"""
    given_names: [
      Aaron, Abdel, Abdelkader, Abdellah, Abdelhak, Abdelaziz, Abderrahim, Abdul, Abdullah, Adam, Adil, Adnan, Adrian,
      Ahmed, Ahmet, Aisha, Ajdin, Alain, Albert, Alejandro, Aleksandar, Alex, Alexander, Alexandre, Alexis, Ali, Alice,
      Alina, Amal, Amin, Amir, Amina, Amy, Ana, Anas, Andrea, Andreas, Andrei, Andrew, André, Andy, Angela, Anika, Anita,
      Ann, Anna, Anne, Anne-Marie, Annelies, Annemarie, Anouk, Anthony, Antoine, Anton, Antonio, Arjen, Arno, Arnold,
      Arthur, Astrid, Ayoub, Aziz, Badr, Barbara, Bart, Bas, Bashir, Ben, Benjamin, Benoît, Bernard, Bert, Bilal,
      Bjorn, Björn, Boris, Bram, Brian, Bruno, Burak, Carl, Carla, Carlos, Caroline, Catherine, Cem, Charles, Charlotte,
      Chris, Christian, Christine, Christophe, Claire, Claude, Cor, Cornelis, Cristian, Daan, Dani, Daniel, Daniëlle,
      Danny, Dario, David, Davy, Dennis, Didier, Dieter, Dimitri, Dirk, Dominique, Dries, Edin, Eduardo, Edward, Elena,
      Eline, Elisabeth, Ellen, Els, Emily, Emir, Emma, Emmanuel, Emre, Enzo, Erik, Eric, Erwin, Esther, Eva, Evelien,
      Fabian, Fatima, Faycal, Fernando, Filip, Frank, Frans, Frederik, Frédéric, Freek, Gabriel, Geert, Georges, George,
      Gerard, Gert, Gijs, Gilles, Giovanni, Goran, Greet, Guido, Gunther, Hakan, Hamid, Hans, Hasan, Hassan, Hendrik,
      Henk, Henri, Herman, Hicham, Hilde, Hugo, Hussein, Ibrahim, Ilias, Ilse, Imad, Imane, Inge, Ingrid, Ismail, Ivan,
      Jaap, Jack, Jacob, Jacques, Jaime, Jakob, James, Jan, Jan-Willem, Jana, Jasper, Javier, Jawad, Jean, Jean-François,
      Jean-Francois, Jean-Marc, Jean-Pierre, Jelle, Jennifer, Jens, Jeroen, Jesse, Joachim, Joey, Johan, Johannes, John,
      Jonas, Jonathan, Joost, Jordi, Jorge, Joris, José, Joseph, Josef, Joyce, Juan, Julia, Julie, Julien, Jurgen,
      Jürgen, Kaan, Kamal, Karel, Karim, Karin, Kathleen, Katrien, Kees, Kenan, Kenneth, Kevin, Khalid, Kim, Klaas,
      Koen, Kristof, Laura, Lars, Laurens, Lea, Leen, Lennert, Leo, Levi, Liam, Lieven, Linda, Lisa, Lotte, Louis,
      Luc, Lucas, Ludo, Luis, Luka, Lukas, Maarten, Mahmoud, Malika, Manuel, Marc, Marcel, Marco, Marcus, Maria, Marie,
      Marieke, Marijke, Marina, Mario, Marion, Mark, Marko, Martijn, Martin, Mathias, Mathieu, Matthias, Max, Mehdi,
      Mehmet, Melissa, Michael, Michaël, Michel, Michiel, Miguel, Mike, Milan, Mimoun, Mohamed, Mohammed, Mounir,
      Mourad, Murat, Mustafa, Nabil, Nadia, Naima, Natalia, Nathalie, Nicolas, Niels, Nik, Nikola, Nina, Noah, Noor,
      Olivier, Omar, Oscar, Osman, Otto, Pablo, Paolo, Pascal, Patrick, Paul, Pedro, Peter, Petra, Philippe, Pierre,
      Piet, Pieter, Quentin, Rachid, Rafael, Rainer, Ramon, Raoul, Rashid, Redouan, Reece, Reinier, Remco, René, Ricardo,
      Richard, Rick, Ridouan, Rik, Rob, Robert, Roberto, Robin, Rodrigo, Roel, Roger, Rogier, Roland, Romain, Ron,
      Ronald, Rudi, Rudy, Ruud, Ryan, Saïd, Said, Sahil, Salah, Salim, Sam, Samir, Sander, Sandra, Sara, Sarah,
      Sebastian, Sébastien, Selim, Serge, Sergio, Simon, Sofie, Sophie, Stefan, Stephan, Stéphane, Steven, Stijn, Sven,
      Tanja, Tarik, Tariq, Tess, Thijs, Thomas, Tim, Tina, Tobias, Tom, Tomas, Tommy, Ton, Tony, Vincent, Wendy, Werner,
      Wesley, Wim, Willem, William, Wouter, Yann, Yannick, Yasin, Yassine, Yusuf, Yves, Zakaria, Zoë, Zoran
    ]
    """#
}
